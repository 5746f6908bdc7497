namespace CertEngine.Contracts.Candidates;

/// <summary>
/// One real-name candidate. Key: the 18-character 居民身份证号码, upper case, so there is one candidate per ID number.
/// </summary>
/// <remarks>The key is personal data: never log it; log the masked form.</remarks>
public interface ICandidateGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates the profile; refused when the ID number fails GB 11643 or differs from the key.</summary>
    Task<CommandReply> RegisterAsync(CandidateProfile profile, string actor);

    /// <summary>The candidate, or <see langword="null"/> when not registered.</summary>
    Task<CandidateSnapshot?> GetAsync();

    /// <summary>Records the admission to a track (called by the track once eligibility is met). Idempotent per track.</summary>
    Task<CommandReply> EnrolAsync(Enrolment enrolment);

    /// <summary>Records a component result. Idempotent per session and component: a later call replaces the same sitting (regrade).</summary>
    Task RecordResultAsync(ComponentResultRecord result);

    /// <summary>The results recorded for one track, oldest first.</summary>
    Task<IReadOnlyList<ComponentResultRecord>> GetResultsAsync(string trackKey);

    /// <summary>Records a certificate issued for a track.</summary>
    Task RecordCertificateAsync(HeldCertificate certificate);
}
