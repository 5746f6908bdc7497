using CertEngine.Storage.Records;

namespace CertEngine.Grains.Candidates;

/// <summary>
/// The candidate's enrolment facts on their way to the record store: saved in the candidate's state with the enrolment,
/// stored under a stable fact id, retried by the grain's <see cref="CandidateGrain.OutboxReminder"/> until stored.
/// </summary>
/// <param name="grain">The candidate grain (its key is the ID number; it owns the reminder).</param>
/// <param name="state">The candidate's state.</param>
/// <param name="enrolments">The record store's enrolments.</param>
/// <param name="logger">Where an unreachable store is reported.</param>
internal sealed class EnrolmentOutbox(Grain grain, IPersistentState<CandidateState> state, IEnrolmentStore enrolments, ILogger logger)
{
    /// <summary>
    /// Stores the outbox's enrolment facts; true when all are stored. A store that cannot be reached leaves them for the
    /// reminder: the enrolment itself is already saved, so the caller is not failed for it.
    /// </summary>
    public async Task<bool> FlushAsync(bool persistIfFlushed)
    {
        var pending = state.State.UnrecordedEnrolments;
        if (pending.Count == 0)
        {
            return true;
        }

        var idNumber = grain.GetPrimaryKeyString();
        try
        {
            await enrolments.AppendAsync(pending.Select(e => new EnrolmentFact(e.TrackKey, idNumber, e.ConditionId, e.EvidenceIds, e.At, e.Actor)).ToList());
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or IOException)
        {
            logger.OutboxUnreachable(e, state.State.InternalId ?? "", pending.Count);
            await grain.RegisterOrUpdateReminder(CandidateGrain.OutboxReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            return false;
        }

        pending.Clear();
        if (persistIfFlushed)
        {
            await state.WriteStateAsync();
        }

        return true;
    }
}
