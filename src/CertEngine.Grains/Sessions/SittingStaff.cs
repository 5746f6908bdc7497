using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Sessions;

/// <summary>Who staffs a sitting: the staffing check (RULES.md §4), each candidate's 考评小组, and whose consoles list it.</summary>
internal static class SittingStaff
{
    /// <summary>The staffing rule of the track's data (the code default without it) that the plan fails, or null.</summary>
    public static Refused<StaffingRefusal>? Check(SessionPlan plan, TrackComponentInfo component, Track? track) =>
        (track?.Staffing ?? StaffingRule.Default).Check(plan.Component.ToDomain(), plan.Roster.Count, plan.Proctors, plan.Assessors, plan.ChiefAssessor, component.Assessors);

    /// <summary>
    /// The 考评小组 that scores each candidate. A room is staffed by the ratio (RULES.md §4: 1 : 5, odd), but each candidate
    /// is scored by as many assessors as the component's scoring policy sets (RULES.md §7, default 3): groups are taken in
    /// turn from the room's assessors, by seat, so the work spreads evenly and each group's members are distinct.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<string>> ScoringGroups(SessionPlan plan, Track? track)
    {
        var room = plan.Assessors.Distinct(StringComparer.Ordinal).ToList();
        var kind = plan.Component == ExamComponent.Review ? ComponentKind.Review : ComponentKind.Practical;
        var size = track?.Component(kind)?.Scoring is { } scoring ? Math.Min(scoring.Assessors, room.Count) : room.Count;
        return plan.Roster.OrderBy(r => r.Seat).Select((seat, index) => (seat.IdNumber, Group: (IReadOnlyList<string>)Enumerable.Range(0, size)
                .Select(j => room[(index * size + j) % room.Count]).ToList()))
            .ToDictionary(x => x.IdNumber, x => x.Group, StringComparer.Ordinal);
    }

    /// <summary>
    /// Lists the sitting on the consoles: every sitting's list and each named staff member's; takes it off the lists of
    /// staff no longer named. Called after the sitting itself is saved, so a sitting is never listed without existing; one
    /// whose listing failed is listed again when it is rescheduled or its staff change.
    /// </summary>
    public static Task ListAsync(IGrainFactory grains, string sessionId, SessionPlan? before, SessionPlan after)
    {
        var listing = new SittingListing(sessionId, after.TrackKey, after.Component, after.Centre, after.Room, after.StartsAt);
        var named = StaffOf(after).ToList();
        List<string> dropped = before is null ? [] : StaffOf(before).Except(named).ToList();
        return Task.WhenAll(named.Prepend(ISittingIndexGrain.All).Select(key => grains.GetGrain<ISittingIndexGrain>(key).AddAsync(listing))
            .Concat(dropped.Select(key => grains.GetGrain<ISittingIndexGrain>(key).RemoveAsync(sessionId))));
    }

    /// <summary>Bounded fan-out: a sitting of thousands must not flood the silo with one burst of calls.</summary>
    public static async Task<List<T>> FanOutAsync<TSource, T>(IEnumerable<TSource> sources, Func<TSource, Task<T>> call)
    {
        var results = new List<T>();
        foreach (var batch in sources.Chunk(200))
        {
            results.AddRange(await Task.WhenAll(batch.Select(call)));
        }

        return results;
    }

    private static IEnumerable<string> StaffOf(SessionPlan plan) =>
        plan.Proctors.Concat(plan.Assessors).Concat(plan.Supervisors ?? []).Append(plan.ChiefAssessor ?? "")
            .Where(name => !string.IsNullOrWhiteSpace(name)).Select(StaffAccountKey.Of).Distinct(StringComparer.Ordinal);
}
