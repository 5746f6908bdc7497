using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// A batch (批次): the sittings of one track, as the scheduling form and API read it — its ticket numbers, the theory
/// sittings a practical one can copy its roster from, the other sittings a candidate can move to. Read from the list of
/// every sitting (the latest <see cref="ISittingIndexGrain.MaxListed"/>); cancelled sittings are not part of it.
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
