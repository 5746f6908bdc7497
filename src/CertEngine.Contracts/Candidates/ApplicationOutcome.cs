namespace CertEngine.Contracts.Candidates;

/// <summary>What applying to a track with the evidence kept came to.</summary>
[GenerateSerializer]
public enum ApplicationOutcome
{
    /// <summary>Enrolled (申报通过): at once, or now that the review approved it.</summary>
    Enrolled,

    /// <summary>The route met needs a person's check: the application waits in the review queue (待资格审核).</summary>
    AwaitingReview,

    /// <summary>Refused; nothing changed.</summary>
    Refused,
}
