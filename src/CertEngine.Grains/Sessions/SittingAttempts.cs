using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain;
using CertEngine.Domain.Sessions;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Candidates;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// A sitting's attempts, one per seat (key <c>session/idNumber</c>): what the sitting asks of all of them at once
/// (prepare, regroup, start, pause, resume, close, regrade, the roster), in bounded parallel batches.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="sessionId">The sitting.</param>
/// <param name="state">The sitting's state, read as it is at each call.</param>
/// <param name="directory">The record store's candidate directory, for the roster's names.</param>
internal sealed class SittingAttempts(IGrainFactory grains, string sessionId, SessionState state, ICandidateDirectory directory)
{
    private SessionPlan Plan => state.Plan!;

    /// <summary>
    /// Assembles every candidate's paper (theory) or draws their tasks with their 考评小组 (practical, review): how many,
    /// or the first refusal, passed on as the sitting's <c>PapersNotAssembled</c>.
    /// </summary>
    public async Task<(int Prepared, CommandReply? Refused)> PrepareAsync(Track? track)
    {
        var groups = SittingStaff.ScoringGroups(Plan, track);
        var replies = await SittingStaff.FanOutAsync(Plan.Roster, seat => Plan.Component == ExamComponent.Theory
            ? Theory(seat.IdNumber).PrepareAsync(Setup(seat, []))
            : Practical(seat.IdNumber).PrepareAsync(Setup(seat, groups[seat.IdNumber])));
        return (replies.Count, FirstRefused(replies, SessionRefusal.PapersNotAssembled));
    }

    /// <summary>
    /// Gives every candidate the 考评小组 the changed room yields (the tasks are already drawn); the first refusal, passed
    /// on as the sitting's <c>GroupsNotChanged</c>, or null.
    /// </summary>
    public async Task<CommandReply?> RegroupAsync(SessionPlan changed, Track? track)
    {
        var groups = SittingStaff.ScoringGroups(changed, track);
        var replies = await SittingStaff.FanOutAsync(changed.Roster, seat => Practical(seat.IdNumber).ReassignAsync(groups[seat.IdNumber], changed.ChiefAssessor));
        return FirstRefused(replies, SessionRefusal.GroupsNotChanged);
    }

    /// <summary>Checks a theory candidate in on their attempt; one who arrives after the start joins the running (or paused) clock.</summary>
    public async Task<CommandReply> CheckInTheoryAsync(string idNumber, string proctor)
    {
        var attempt = Theory(idNumber);
        var reply = await attempt.CheckInAsync(proctor, identityConfirmed: true);
        if (reply.Accepted && state.StartedAt is { } started)
        {
            await attempt.StartAsync(started, state.PausedTotal);
            if (state.PausedSince is { } since)
            {
                await attempt.PauseAsync(since);
            }
        }

        return reply;
    }

    /// <summary>Does <paramref name="action"/> on every checked-in candidate's theory attempt; nothing for a practical sitting.</summary>
    public Task ForCheckedInTheoryAsync(Func<IAttemptGrain, Task> action) =>
        Plan.Component == ExamComponent.Theory
            ? SittingStaff.FanOutAsync(state.CheckedIn, async id => { await action(Theory(id)); return true; })
            : Task.CompletedTask;

    /// <summary>The roster as the proctor's console shows it: seat, candidate, check-in and, for theory, the attempt's progress.</summary>
    public async Task<List<RosterLine>> RosterAsync()
    {
        var checkedIn = state.CheckedIn.ToHashSet(StringComparer.Ordinal);
        var absent = state.Absent.ToHashSet(StringComparer.Ordinal);
        // The names from the directory: a grain call per seat would keep every candidate's grain in memory for as long as
        // the proctor's console polls.
        var names = await CandidateNames.OfAsync(directory, grains, Plan.Roster.Select(r => r.IdNumber).ToList());
        return await SittingStaff.FanOutAsync(Plan.Roster.OrderBy(r => r.Seat), async seat =>
        {
            AttemptProgress? progress = Plan.Component == ExamComponent.Theory ? await Theory(seat.IdNumber).GetProgressAsync() : null;
            return new RosterLine(seat.Seat, seat.Ticket, seat.IdNumber, names.GetValueOrDefault(seat.IdNumber, ""), checkedIn.Contains(seat.IdNumber), progress,
                absent.Contains(seat.IdNumber));
        });
    }

    /// <summary>Regrades every attempt with a corrected version's keys: the changed scores by seat, and the items corrected.</summary>
    public async Task<(List<RegradeLine> Changes, List<string> CorrectedItems)> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason)
    {
        var lines = await SittingStaff.FanOutAsync(Plan.Roster, seat => Theory(seat.IdNumber).RegradeAsync(correctedBankVersion, dryRun, actor, reason));
        var changes = lines.OfType<RegradeLine>().OrderBy(l => l.Seat).ToList();
        return (changes, changes.SelectMany(c => c.ChangedItems).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>One candidate's theory attempt.</summary>
    public IAttemptGrain Theory(string idNumber) => grains.GetGrain<IAttemptGrain>($"{sessionId}/{idNumber}");

    // The first refusal among the attempts' replies, as the sitting's reason with the attempt's as its cause (or its words
    // after, where the attempt still gives words).
    private static CommandReply? FirstRefused(List<CommandReply> replies, SessionRefusal reason) =>
        replies.FirstOrDefault(r => !r.Accepted) is { } failed ? failed with { Reason = ((Refused<SessionRefusal>)reason).ToReply(failed.Reason) } : null;

    /// <summary>One candidate's practical (or review) attempt.</summary>
    public IPracticalAttemptGrain Practical(string idNumber) => grains.GetGrain<IPracticalAttemptGrain>($"{sessionId}/{idNumber}");

    private AttemptSetup Setup(SeatAssignment seat, IReadOnlyList<string> assessors) =>
        new(sessionId, seat.IdNumber, Plan.TrackKey, Plan.Component, state.BankVersion, state.Seed, seat.Seat, seat.Ticket, Plan.Minutes, assessors, Plan.ChiefAssessor, state.RulesVersion);
}
