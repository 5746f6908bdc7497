namespace CertEngine.Contracts.Candidates;

/// <summary>
/// One real-name candidate. Key: the 18-character 居民身份证号码, upper case, so there is one candidate per ID number.
/// </summary>
/// <remarks>The key is personal data: never log it; log the masked form.</remarks>
public interface ICandidateGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates the profile; refused when the ID number fails GB 11643 or differs from the key.</summary>
    Task<CommandReply> RegisterAsync(CandidateProfile profile, string actor);

    /// <summary>
    /// Corrects a registered candidate's name, county, tags and phone number (a <see langword="null"/> phone keeps the
    /// one held). Refused when not registered, when <paramref name="profile"/> names another ID number (the number never
    /// changes: a wrong number is a new registration) or when a value breaks the profile rules; nothing changes then. An
    /// accepted change is audited with the fields changed, before and after.
    /// </summary>
    Task<CommandReply> EditAsync(CandidateProfile profile, string actor);

    /// <summary>The candidate, or <see langword="null"/> when not registered.</summary>
    Task<CandidateSnapshot?> GetAsync();

    /// <summary>
    /// Records the admission to a track (called by the track once eligibility is met) and its fact in the record store,
    /// through an outbox in the candidate's state that is retried until stored. Idempotent per track.
    /// </summary>
    Task<CommandReply> EnrolAsync(Enrolment enrolment);

    /// <summary>Records a component result. Idempotent per session and component: a later call replaces the same sitting (regrade).</summary>
    Task RecordResultAsync(ComponentResultRecord result);

    /// <summary>The results recorded for one track, oldest first.</summary>
    Task<IReadOnlyList<ComponentResultRecord>> GetResultsAsync(string trackKey);

    /// <summary>Records a certificate issued for a track, and drops the track's reserved number.</summary>
    Task RecordCertificateAsync(HeldCertificate certificate);

    /// <summary>
    /// Reserves <paramref name="number"/> for the candidate's certificate of <paramref name="trackKey"/>, before the
    /// certificate grain is told, so a retry after a crash finishes this number instead of taking a second; returns the
    /// number reserved (an earlier reservation wins).
    /// </summary>
    Task<string> ReserveCertificateNumberAsync(string trackKey, string number);
}
