namespace CertEngine.Storage.Records.Candidates;

/// <summary>A search of the candidate directory.</summary>
/// <param name="Text">
/// Matched against a part of the name, county, tags or phone number, the whole ID number, or its last four or more
/// characters (尾号); empty for everyone. Cut to <see cref="MaxTextLength"/> characters.
/// </param>
/// <param name="IdNumbers">ID numbers that match whatever the text (e.g. the holders of an admission ticket the text names).</param>
/// <param name="TrackKey">Only candidates enrolled on this track, and their stage on it; <see langword="null"/> for all.</param>
/// <param name="Stage">Only candidates at this stage; <see langword="null"/> for all.</param>
/// <param name="Skip">How many candidates of the order to skip (0 or more).</param>
/// <param name="Take">How many to return, at most <see cref="MaxTake"/>.</param>
/// <param name="WithoutPhotoOnly">Only candidates with no photo yet (人证合一 needs one before the exam day).</param>
public sealed record CandidateSearch(string? Text, IReadOnlyList<string> IdNumbers, string? TrackKey, CandidateStage? Stage, long Skip, int Take,
    bool WithoutPhotoOnly = false)
{
    /// <summary>The longest search text used.</summary>
    public const int MaxTextLength = 64;

    /// <summary>The largest page returned.</summary>
    public const int MaxTake = 500;

    /// <summary>The fewest trailing characters of an ID number a search matches on (尾号).</summary>
    public const int MinIdNumberSuffix = 4;
}
