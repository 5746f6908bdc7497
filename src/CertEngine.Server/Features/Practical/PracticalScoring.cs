using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Server.Web;

namespace CertEngine.Server.Features.Practical;

/// <summary>
/// One sitting's candidates assigned to the assessor. <see cref="Chief"/>: the assessor is its chief (考评组长), who runs
/// the sitting's console; <see cref="ChiefAssessor"/>: the chief's user name, null when none is named.
/// </summary>
public sealed record AssignmentView(
    string SessionId, string TrackKey, string Component, string Centre, string Room, DateTimeOffset StartsAt, string Status,
    bool Chief, IReadOnlyList<CandidateTasks> Candidates, string? ChiefAssessor = null);

/// <summary>A candidate as the assessor knows them: ticket (考号) and station (考位), and their tasks.</summary>
public sealed record CandidateTasks(string Ticket, int Station, IReadOnlyList<TaskLine> Tasks);

/// <summary>A task in the list: whether this assessor has signed a sheet for it.</summary>
public sealed record TaskLine(string TaskId, string Title, decimal Points, bool Signed);

/// <summary>One task with its rubric as the assessor scores it; <see cref="OwnSheet"/> once signed.</summary>
public sealed record TaskView(
    string SessionId, string Ticket, int Station, string TaskId, string Title, decimal Points,
    IReadOnlyList<RubricLine> Rubric, IReadOnlyList<string> Vetoes, ScoreSheet? OwnSheet, string? Instructions = null);

/// <summary>A case held for the chief, with every signed sheet.</summary>
public sealed record AdjudicationView(string SessionId, string Ticket, int Station, AdjudicationCase Case);

/// <summary>
/// What the practical scoring endpoints and the assessor pages share: an assessor's assignments and adjudications, one
/// task's rubric, and signing a sheet or deciding a case, each only for the candidates of sittings that name the assessor
/// (otherwise <see langword="null"/>, as if they did not exist).
/// </summary>
public static class PracticalScoring
{
    /// <summary>The practical and review sittings that name <paramref name="user"/> as assessor, with their drawn tasks.</summary>
    public static async Task<IReadOnlyList<AssignmentView>> AssignmentsAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(grains);
        var views = new List<AssignmentView>();
        foreach (var session in await SittingsAsync(user, grains))
        {
            if (AssessorName(user, session.Plan) is not { } assessor)
            {
                continue;
            }

            // Tasks are drawn when check-in opens; before that a sitting lists no candidates.
            var candidates = new List<CandidateTasks>();
            // A candidate marked absent (缺考, by a proctor or at the close) leaves the assessor's list.
            foreach (var seat in session.Plan.Roster.Where(r => session.Absent?.Contains(r.IdNumber) != true).OrderBy(r => r.Seat))
            {
                if (await Practical(grains, session.Id, seat.IdNumber).GetAssessorViewAsync(assessor) is { } view)
                {
                    candidates.Add(new CandidateTasks(view.Ticket, view.Station,
                        view.Tasks.Select(t => new TaskLine(t.TaskId, t.Title, t.Points, t.OwnSheet is not null)).ToList()));
                }
            }

            views.Add(new AssignmentView(session.Id, session.Plan.TrackKey, session.Plan.Component.ToString().ToLowerInvariant(), session.Plan.Centre,
                session.Plan.Room, session.Plan.StartsAt, session.Status.ToString().ToLowerInvariant(), IsChief(user, session.Plan), candidates,
                string.IsNullOrWhiteSpace(session.Plan.ChiefAssessor) ? null : session.Plan.ChiefAssessor));
        }

        return views;
    }

    /// <summary>Every case held for adjudication in the sittings where <paramref name="user"/> is the chief assessor.</summary>
    public static async Task<IReadOnlyList<AdjudicationView>> AdjudicationsAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(grains);
        var views = new List<AdjudicationView>();
        foreach (var session in await SittingsAsync(user, grains))
        {
            if (!IsChief(user, session.Plan))
            {
                continue;
            }

            foreach (var seat in session.Plan.Roster.OrderBy(r => r.Seat))
            {
                var cases = await Practical(grains, session.Id, seat.IdNumber).GetAdjudicationCasesAsync(session.Plan.ChiefAssessor!);
                views.AddRange(cases.Select(c => new AdjudicationView(session.Id, seat.Ticket, seat.Seat, c)));
            }
        }

        return views;
    }

    /// <summary>One task of one assigned candidate, or <see langword="null"/> when the candidate or task is not the assessor's.</summary>
    public static async Task<TaskView?> FindTaskAsync(string sessionId, string ticket, string taskId, ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (await FindSeatAsync(sessionId, ticket, user, grains) is not (var session, var seat, var assessor)
            || await Practical(grains, session.Id, seat.IdNumber).GetAssessorViewAsync(assessor) is not { } view
            || view.Tasks.FirstOrDefault(t => t.TaskId == taskId) is not { } task)
        {
            return null;
        }

        return new TaskView(session.Id, view.Ticket, view.Station, task.TaskId, task.Title, task.Points, task.Rubric, task.Vetoes, task.OwnSheet, task.Instructions);
    }

    /// <summary>Signs the assessor's sheet; <see langword="null"/> when the candidate is not theirs (404), else the grain's reply.</summary>
    public static async Task<CommandReply?> SubmitSheetAsync(string sessionId, string ticket, string taskId, ScoreSheet sheet, ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await FindSeatAsync(sessionId, ticket, user, grains) is (var session, var seat, var assessor)
            ? await Practical(grains, session.Id, seat.IdNumber).SubmitSheetAsync(assessor, taskId, sheet)
            : null;
    }

    /// <summary>Records the chief's decision; <see langword="null"/> when the sitting does not make the user its chief (404).</summary>
    public static async Task<CommandReply?> AdjudicateAsync(string sessionId, string ticket, string taskId, decimal score, string reason, ClaimsPrincipal user, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await FindSeatAsync(sessionId, ticket, user, grains) is (var session, var seat, _) && IsChief(user, session.Plan)
            ? await Practical(grains, session.Id, seat.IdNumber).AdjudicateAsync(session.Plan.ChiefAssessor!, taskId, score, reason)
            : null;
    }

    // The sittings listing the user; each read once. A sitting removed from the plan since is skipped.
    private static async Task<List<SessionSnapshot>> SittingsAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var listings = await grains.GetGrain<ISittingIndexGrain>(StaffAccountKey.Of(user.Actor())).ListAsync();
        var sessions = await Task.WhenAll(listings.Where(l => l.Component != ExamComponent.Theory)
            .Select(l => grains.GetGrain<IExamSessionGrain>(l.SessionId).GetAsync()));
        return sessions.OfType<SessionSnapshot>().ToList();
    }

    private static async Task<(SessionSnapshot Session, SeatAssignment Seat, string Assessor)?> FindSeatAsync(
        string sessionId, string ticket, ClaimsPrincipal user, IGrainFactory grains)
    {
        return await grains.GetGrain<IExamSessionGrain>(sessionId).GetAsync() is { } session
            && AssessorName(user, session.Plan) is { } assessor
            && session.Plan.Roster.FirstOrDefault(r => string.Equals(r.Ticket, ticket, StringComparison.Ordinal)) is { } seat
                ? (session, seat, assessor)
                : null;
    }

    // The user's name as the plan spells it: the grain compares exactly, the user may have typed another case.
    private static string? AssessorName(ClaimsPrincipal user, SessionPlan plan) =>
        plan.Assessors.Append(plan.ChiefAssessor ?? "").FirstOrDefault(a => a.Length > 0 && string.Equals(a, user.Actor(), StringComparison.OrdinalIgnoreCase));

    private static bool IsChief(ClaimsPrincipal user, SessionPlan plan) =>
        plan.ChiefAssessor is { } chief && string.Equals(chief, user.Actor(), StringComparison.OrdinalIgnoreCase);

    private static IPracticalAttemptGrain Practical(IGrainFactory grains, string sessionId, string idNumber) =>
        grains.GetGrain<IPracticalAttemptGrain>($"{sessionId}/{idNumber}");

}
