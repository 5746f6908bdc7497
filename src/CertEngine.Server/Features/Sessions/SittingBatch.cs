using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Storage.Records.Batches;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// A batch (批次) as the scheduling form and API read it — its ticket numbers, the theory sittings a practical one can copy
/// its roster from, the other sittings a candidate can move to: the sittings of a track scheduled into one batch of the
/// record store, or for sittings in none (all those scheduled before batches existed), the track's sittings in none.
/// Read from the list of every sitting (the latest <see cref="ISittingIndexGrain.MaxListed"/>); cancelled sittings are not
/// part of it.
/// </summary>
public static class SittingBatch
{
    /// <summary>The batch's sittings (not cancelled) of track <paramref name="trackKey"/>, oldest start first.</summary>
    public static async Task<IReadOnlyList<SessionSnapshot>> OfTrackAsync(IGrainFactory grains, string trackKey)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var listings = (await grains.GetGrain<ISittingIndexGrain>(ISittingIndexGrain.All).ListAsync()).Where(l => l.TrackKey == trackKey).ToList();
        var found = new List<SessionSnapshot>();
        // Bounded: at most 100 sitting reads at once.
        foreach (var chunk in listings.Chunk(100))
        {
            found.AddRange((await Task.WhenAll(chunk.Select(l => grains.GetGrain<IExamSessionGrain>(l.SessionId).GetAsync()))).OfType<SessionSnapshot>());
        }

        return found.Where(s => s.Status != SessionStatus.Cancelled).OrderBy(s => s.Plan.StartsAt).ToList();
    }

    /// <summary>The sittings (not cancelled) of track <paramref name="trackKey"/> in batch <paramref name="batchId"/> (null: in none), oldest start first.</summary>
    public static async Task<IReadOnlyList<SessionSnapshot>> OfBatchAsync(IGrainFactory grains, string trackKey, string? batchId) =>
        [.. (await OfTrackAsync(grains, trackKey)).Where(s => s.Plan.BatchId == batchId)];

    /// <summary>
    /// The ticket numbers already given in batch <paramref name="batchId"/> (its members, at most <see cref="IBatchRecords.MaxSeats"/>),
    /// or for <see langword="null"/> in the track's sittings in no batch, leaving out sitting <paramref name="exceptSession"/>.
    /// </summary>
    public static async Task<BatchTickets> TicketsAsync(IGrainFactory grains, IBatchRecords batches, string trackKey, string? batchId, string? exceptSession)
    {
        ArgumentNullException.ThrowIfNull(batches);
        if (batchId is null)
        {
            return BatchTickets.Of((await OfBatchAsync(grains, trackKey, null)).Where(s => s.Id != exceptSession));
        }

        var members = new List<BatchMember>();
        for (var skip = 0; skip < IBatchRecords.MaxSeats; skip += IBatchRecords.MaxTake)
        {
            var page = await batches.MembersAsync(batchId, skip, IBatchRecords.MaxTake);
            members.AddRange(page);
            if (page.Count < IBatchRecords.MaxTake)
            {
                break;
            }
        }

        return BatchTickets.OfMembers(members);
    }

    /// <summary>
    /// The roster a practical sitting copies from theory sitting <paramref name="theory"/>: its candidates in seat order,
    /// leaving out those marked absent (缺考) and those already on another practical sitting of the batch.
    /// </summary>
    /// <returns>The ID numbers copied, and how many were left out as absent and as already booked.</returns>
    public static (IReadOnlyList<string> Copied, int Absent, int Booked) CopyRoster(SessionSnapshot theory, IEnumerable<SessionSnapshot> batch)
    {
        ArgumentNullException.ThrowIfNull(theory);
        ArgumentNullException.ThrowIfNull(batch);
        var absent = (theory.Absent ?? []).ToHashSet(StringComparer.Ordinal);
        var booked = batch.Where(s => s.Plan.Component == ExamComponent.Practical && s.Id != theory.Id)
            .SelectMany(s => s.Plan.Roster.Select(r => r.IdNumber)).ToHashSet(StringComparer.Ordinal);
        var seats = theory.Plan.Roster.OrderBy(r => r.Seat).ToList();
        var copied = seats.Where(r => !absent.Contains(r.IdNumber) && !booked.Contains(r.IdNumber)).Select(r => r.IdNumber).ToList();
        return (copied, seats.Count(r => absent.Contains(r.IdNumber)), seats.Count(r => !absent.Contains(r.IdNumber) && booked.Contains(r.IdNumber)));
    }
}
