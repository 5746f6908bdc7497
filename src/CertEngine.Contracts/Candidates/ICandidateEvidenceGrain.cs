namespace CertEngine.Contracts.Candidates;

/// <summary>
/// One candidate's eligibility evidence (申报材料) and its review (资格审核). Key: the candidate's ID number (upper case),
/// as <see cref="ICandidateGrain"/>'s. Calls go one way: this grain → the track → the candidate, never back.
/// </summary>
/// <remarks>The key is personal data: never log it.</remarks>
public interface ICandidateEvidenceGrain : IGrainWithStringKey
{
    /// <summary>The evidence and applications; empty when none.</summary>
    Task<EvidenceFile> GetAsync();

    /// <summary>
    /// Adds a piece of evidence (its id is given here, the one sent is ignored). Refused, changing nothing, when the
    /// candidate is not registered, the evidence breaks a rule (a date in the future or before birth, hours out of range…)
    /// or the file is full. Audited.
    /// </summary>
    Task<EvidenceReply> AddAsync(Evidence evidence, string actor);

    /// <summary>Replaces the evidence with the same id; clears its confirmation when it changed. Refused as <see cref="AddAsync"/>, or when no such id. Audited.</summary>
    Task<EvidenceReply> EditAsync(Evidence evidence, string actor);

    /// <summary>Removes the evidence with this id; an enrolment already admitted stands. Audited.</summary>
    Task<CommandReply> RemoveAsync(string evidenceId, string actor);

    /// <summary>
    /// Applies to <paramref name="trackKey"/> with the evidence kept: enrols at once when a route is met by evidence that
    /// needs no person's check (or is already confirmed); otherwise queues the application for review. Refused with
    /// the conditions not met, or when a rejected application is resubmitted without new evidence.
    /// </summary>
    Task<ApplicationReply> ApplyAsync(string trackKey, string actor);

    /// <summary>
    /// Approves the pending application to <paramref name="trackKey"/>: the evidence of the route met (checked again
    /// against today's evidence) is confirmed and the candidate enrolled on that route. Refused, changing nothing, when
    /// none is pending or the evidence no longer meets a route. Audited.
    /// </summary>
    Task<ApplicationReply> ApproveAsync(string trackKey, string actor);

    /// <summary>Rejects the pending application to <paramref name="trackKey"/> with a reason (1–200 characters). Audited.</summary>
    Task<CommandReply> RejectAsync(string trackKey, string reason, string actor);
}
