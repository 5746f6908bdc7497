using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// Whether a plan can be scheduled (the track is open and has the component, the plan's length and roster, its staffing,
/// every candidate may sit) and whether its staff still suffices at the start; and the track's data the sitting runs under.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="library">Where the track's data is built from its pinned bank and rules.</param>
internal sealed class SittingPlanCheck(IGrainFactory grains, ExamLibrary library)
{
    /// <summary>The track's summary when the plan can be scheduled; otherwise the refusal.</summary>
    public async Task<(TrackSummary? Summary, CommandReply? Refused)> ScheduleAsync(SessionPlan plan)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(plan.TrackKey);
        if (await track.GetAsync() is not { } summary)
        {
            return (null, Refuse(Refused.Of(SessionRefusal.TrackNotOpened, plan.TrackKey)));
        }

        if (summary.Components.FirstOrDefault(c => c.Component == plan.Component) is not { } component)
        {
            return (null, Refuse(Refused.Of(SessionRefusal.NoSuchComponent, plan.TrackKey, plan.Component)));
        }

        if (SittingRules.Plan(plan.Minutes, component.Minutes, [.. plan.Roster.Select(r => (r.IdNumber, r.Seat))]) is { } badPlan)
        {
            return (null, Refuse(badPlan));
        }

        if ((SittingChangeRules.Capacity(plan.Capacity, plan.Roster.Count) ?? SittingChangeRules.Tickets(plan.Roster.Select(r => r.Ticket))) is { } badRoom)
        {
            return (null, Refuse(badRoom));
        }

        if (SittingStaff.Check(plan, component, await TrackAsync(plan.TrackKey, summary.BankVersion, summary.RulesVersion)) is { } shortStaffed)
        {
            return (null, RefusalCodes.Refuse(shortStaffed));
        }

        foreach (var seat in plan.Roster)
        {
            if (await track.CanSitAsync(seat.IdNumber, plan.Component) is { Accepted: false } canSit)
            {
                // The track's reason (a code, or words where the track still gives words) follows the seat.
                return (null, canSit with { Reason = Refused.Of(SessionRefusal.SeatCannotSit, seat.Seat).ToReply(canSit.Reason) });
            }
        }

        return (summary, null);
    }

    /// <summary>
    /// Whether a plan grown by one candidate moved in (<paramref name="seat"/>) is still staffed and the candidate may sit
    /// the component; the refusal, or null.
    /// </summary>
    public async Task<CommandReply?> AdmitAsync(SessionPlan changed, SeatAssignment seat, int bankVersion, int rulesVersion)
    {
        var track = grains.GetGrain<ICertificationTrackGrain>(changed.TrackKey);
        if ((await track.GetAsync())?.Components.FirstOrDefault(c => c.Component == changed.Component) is not { } component)
        {
            return Refuse(Refused.Of(SessionRefusal.NoSuchComponent, changed.TrackKey, changed.Component));
        }

        if (SittingStaff.Check(changed, component, await TrackAsync(changed.TrackKey, bankVersion, rulesVersion)) is { } shortStaffed)
        {
            return RefusalCodes.Refuse(shortStaffed);
        }

        return await track.CanSitAsync(seat.IdNumber, changed.Component) is { Accepted: false } canSit
            ? canSit with { Reason = Refused.Of(SessionRefusal.SeatCannotSit, seat.Seat).ToReply(canSit.Reason) }
            : null;
    }

    /// <summary>
    /// RULES.md §4: staffing is checked again at the start (a proctor may have left, or the panel changed, since
    /// scheduling). Why the sitting cannot start, or null.
    /// </summary>
    public async Task<Refusal?> StaffAtStartAsync(SessionPlan plan, int bankVersion, int rulesVersion)
    {
        var component = (await grains.GetGrain<ICertificationTrackGrain>(plan.TrackKey).GetAsync())?.Components.FirstOrDefault(c => c.Component == plan.Component);
        return component is null
            ? Refused.Of(SessionRefusal.NoSuchComponent, plan.TrackKey, plan.Component).ToReply()
            : SittingStaff.Check(plan, component, await TrackAsync(plan.TrackKey, bankVersion, rulesVersion))?.ToReply();
    }

    /// <summary>The track's data under a bank and rules version (the versions a sitting runs under), or null.</summary>
    public async Task<Track?> TrackAsync(string trackKey, int bankVersion, int rulesVersion) =>
        TrackKey.TryParse(trackKey, out var key) && await library.CreateTrackAsync(key, bankVersion, rulesVersion) is TrackOutcome.Created { Track: var track }
            ? track
            : null;

    private static CommandReply Refuse(Refused<SessionRefusal> refused) => RefusalCodes.Refuse(refused);
}
