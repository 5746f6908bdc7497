using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// An older release kept every enrolment and issued number in the track's state, rewritten whole on each change: this
/// moves them to the record store and the candidates' grains (idempotently: a crash part-way repeats harmlessly), then
/// drops them from the state.
/// </summary>
internal static class TrackStateMigration
{
    /// <summary>Moves the older lists of <paramref name="state"/> out and saves the emptied state.</summary>
    public static async Task MoveOlderListsAsync(IGrainFactory grains, IEnrolmentStore enrolments, string trackKey, IPersistentState<TrackState> state)
    {
        var s = state.State;
        await enrolments.AppendAsync(s.Enrolled.Select(e => new EnrolmentFact(trackKey, e.Key, e.Value.ConditionId, e.Value.EvidenceIds, e.Value.At, e.Value.Actor)).ToList());
        foreach (var (idNumber, number) in s.Issued)
        {
            var candidate = grains.GetGrain<ICandidateGrain>(idNumber);
            if (!s.Confirmed.Contains(number))
            {
                await candidate.ReserveCertificateNumberAsync(trackKey, number);
            }
            else if (await grains.GetGrain<ICertificateGrain>(number).GetAsync() is { } certificate)
            {
                await candidate.RecordCertificateAsync(new HeldCertificate(trackKey, number, certificate.Fields.IssuedOn));
            }
        }

        s.IssuedCount += s.Confirmed.Count;
        s.Enrolled.Clear();
        s.Issued.Clear();
        s.Confirmed.Clear();
        await state.WriteStateAsync();
    }
}
