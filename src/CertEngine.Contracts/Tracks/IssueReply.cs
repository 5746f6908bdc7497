using System.Text.Json.Serialization;

namespace CertEngine.Contracts.Tracks;

/// <summary>How a request to issue (or reissue) a certificate ended.</summary>
public enum IssueOutcome
{
    /// <summary>Issued just now.</summary>
    [JsonStringEnumMemberName("issued")]
    Issued,

    /// <summary>Issued earlier: the same certificate, never a second one.</summary>
    [JsonStringEnumMemberName("already-issued")]
    AlreadyIssued,

    /// <summary>Not every component has passed, or the results lapsed or are void.</summary>
    [JsonStringEnumMemberName("not-ready")]
    NotReady,

    /// <summary>Refused for another reason.</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,
}

/// <summary>
/// The answer to a request to issue a certificate. <see cref="Number"/> is set when <see cref="Outcome"/> is
/// <see cref="IssueOutcome.Issued"/> or <see cref="IssueOutcome.AlreadyIssued"/>; the others carry <see cref="Reason"/>
/// (and <see cref="Words"/> that an area not yet on reason codes passed on).
/// </summary>
[GenerateSerializer, Immutable, Alias("certengine.IssueReply")]
public sealed record IssueReply(
    [property: Id(0)] IssueOutcome Outcome,
    [property: Id(1)] string? Number,
    [property: Id(2)] string? VerifyUrl,
    [property: Id(4)] Refusal? Reason = null,
    [property: Id(5)] string? Words = null)
{
    /// <summary>Whether the candidate holds the certificate after this call.</summary>
    public bool Holds => Number is not null;

    /// <summary>A refusal of the given kind with its reason.</summary>
    public static IssueReply Refused(IssueOutcome outcome, Refusal reason, string? words = null) => new(outcome, null, null, reason, words);
}
