namespace CertEngine.Storage.Records.Results;

/// <summary>
/// What a certificate search asks for; every part given must match, an empty part matches everything.
/// </summary>
/// <param name="Text">
/// Part of the certificate number, the holder's name or the holder's ID number, or (from <see cref="MinTicketPart"/>
/// characters) of an admission ticket number the holder was given in a batch or listed under in a 公示; case-insensitive.
/// </param>
/// <param name="SessionId">A sitting the holder sat for the certificate's track, or empty.</param>
/// <param name="IssuedFrom">The first date of issue included, or null.</param>
/// <param name="IssuedTo">The last date of issue included, or null.</param>
public sealed record CertificateQuery(string Text, string SessionId, DateOnly? IssuedFrom, DateOnly? IssuedTo)
{
    /// <summary>The longest text or sitting id a query uses (longer text is refused at the web edge and cut here).</summary>
    public const int MaxLength = 64;

    /// <summary>The fewest characters of an admission ticket number that find its holder (fewer would match half the centre).</summary>
    public const int MinTicketPart = 4;

    /// <summary>Whether nothing narrows the search.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(SessionId) && IssuedFrom is null && IssuedTo is null;
}
