namespace CertEngine.Contracts.Tracks;

/// <summary>
/// The answer to a request to issue a certificate. <see cref="Number"/> is set when <see cref="Outcome"/> is
/// <c>issued</c> (just now) or <c>already-issued</c> (earlier: the same certificate, never a second one).
/// <c>not-ready</c> and <c>refused</c> carry <see cref="Reason"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.IssueReply")]
public sealed record IssueReply(
    [property: Id(0)] string Outcome,
    [property: Id(1)] string? Number,
    [property: Id(2)] string? VerifyUrl,
    [property: Id(3)] string? Reason)
{
    /// <summary>Whether the candidate holds the certificate after this call.</summary>
    public bool Holds => Number is not null;
}
