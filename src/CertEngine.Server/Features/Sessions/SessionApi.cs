using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Practical;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Features.Candidates;
using CertEngine.Server.Features.Exam;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Batches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Sessions;

/// <summary>
/// Sittings: scheduling (考务管理), and the proctor's actions — open check-in, check in, start, pause, resume, extra time,
/// close — and the live roster. A Proctor acts only on sittings that name them, the chief assessor (考评组长) of a practical
/// or review sitting only on that sitting; Admin and CentreManager on all. A
/// Supervisor (督导员) named on a sitting watches it (the sitting, its live roster, the seat photos) and acts on nothing.
/// </summary>
public static class SessionApi
{
    /// <summary>A rostered candidate; without a ticket number, the candidate's number in the batch (else one is made: <c>{id}-{seat:000}</c>).</summary>
    public sealed record SeatRequest(
        [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber,
        [property: Range(1, 10_000)] int Seat,
        [property: StringLength(40)] string? Ticket);

    /// <summary>A sitting to schedule.</summary>
    public sealed record ScheduleRequest(
        [property: Required, StringLength(64), RegularExpression("^[A-Za-z0-9._-]+$")] string Id,
        [property: Required, StringLength(80)] string TrackKey,
        ExamComponent Component,
        [property: Required, StringLength(80)] string Centre,
        [property: Required, StringLength(80)] string Room,
        DateTimeOffset StartsAt,
        [property: Range(1, 600)] int Minutes,
        [property: Required, MaxLength(50)] IReadOnlyList<string> Proctors,
        [property: Required, MinLength(1), MaxLength(5_000)] IReadOnlyList<SeatRequest> Roster,
        [property: MaxLength(50)] IReadOnlyList<string>? Assessors,
        [property: StringLength(32)] string? ChiefAssessor,
        [property: Range(1, 5_000)] int? Capacity = null,
        [property: MaxLength(20)] IReadOnlyList<string>? Supervisors = null,
        [property: StringLength(40)] string? BatchId = null);

    /// <summary>The sitting's 督导员 (replacing those named before), with an optional reason.</summary>
    public sealed record SupervisorsRequest(
        [property: Required, MaxLength(20)] IReadOnlyList<string> Supervisors,
        [property: StringLength(500)] string? Reason);

    /// <summary>Cancelling a sitting (取消场次), with the reason.</summary>
    public sealed record CancelRequest([property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>A sitting's new time and room (改期), with the room's seats and the reason.</summary>
    public sealed record RescheduleRequest(
        DateTimeOffset StartsAt,
        [property: StringLength(80)] string? Centre,
        [property: Required, StringLength(80, MinimumLength = 1)] string Room,
        [property: Range(1, 5_000)] int Capacity,
        [property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>Moving one candidate to sitting <see cref="To"/> (调场), with the reason.</summary>
    public sealed record MoveRequest(
        [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber,
        [property: Required, StringLength(64), RegularExpression("^[A-Za-z0-9._-]+$")] string To,
        [property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>A proctor's check-in of one candidate after the identity check (人证核验).</summary>
    public sealed record CheckInRequest([property: Required, StringLength(18, MinimumLength = 18)] string IdNumber, bool IdentityConfirmed);

    /// <summary>An action that needs a reason (pause, resume, close).</summary>
    public sealed record ReasonRequest([property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>Extra time for the candidate in one seat.</summary>
    public sealed record ExtendRequest([property: Range(1, 10_000)] int Seat, [property: Range(1, 120)] int Minutes, [property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>A regrade under a corrected bank version (勘误).</summary>
    public sealed record RegradeRequest([property: Range(1, 100_000)] int CorrectedBankVersion, bool DryRun, [property: StringLength(500)] string? Reason);

    /// <summary>
    /// One roster line; the ID number masked. <see cref="Status"/>: the theory attempt's status (<c>submitted</c>, …); on a
    /// practical or review sitting, for a candidate checked in, <c>scoring</c> or <c>scored</c> (every task final), with
    /// <see cref="Answered"/> the tasks final and <see cref="Total"/> the tasks drawn. <see cref="Absent"/>: marked 缺考 (by a proctor, or at the close). <see cref="Locked"/>: the ticket is locked after wrong sign-ins (the proctor
    /// unlocks it); <see cref="DeviceChanges"/>: how many times a later sign-in took the attempt over from another browser.
    /// <see cref="Photo"/>: a tag naming the version of the candidate's photo (<c>GET …/seats/{seat}/photo</c>), null without one.
    /// </summary>
    public sealed record RosterView(
        int Seat, string Ticket, string Name, string IdNumber, bool CheckedIn, string? Status, int Answered, int Total,
        double? RemainingSeconds, DateTimeOffset? LastSeenAt, bool Online,
        bool Locked = false, int FailedSignIns = 0, int DeviceChanges = 0, DateTimeOffset? DeviceChangedAt = null, bool Absent = false, string? Photo = null);

    /// <summary>A proctor's check-in of the candidate in one seat, after comparing the ID card with the roster (人证核验).</summary>
    public sealed record SeatCheckInRequest(bool IdentityConfirmed);

    /// <summary>缺考 for the candidate in one seat, with an optional note (e.g. 电话告知不来).</summary>
    public sealed record AbsentRequest([property: StringLength(500)] string? Reason);

    /// <summary>A misconduct step (<c>advice</c>, <c>warning</c>, <c>terminate</c>, <c>void</c>) for the candidate in one seat, with its reason.</summary>
    public sealed record MisconductRequest(
        [property: Required, RegularExpression("^(advice|warning|terminate|void)$")] string Step,
        [property: Required, StringLength(500, MinimumLength = 1)] string Reason);

    /// <summary>Maps the sitting endpoints.</summary>
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions").WithTags("Sessions");
        sessions.MapPost("/", ScheduleAsync).RequireAuthorization(AccessPolicies.Registrar);
        sessions.MapGet("/", async (ClaimsPrincipal user, IGrainFactory grains) => TypedResults.Ok(await SittingQueries.ListAsync(user, grains)))
            .RequireAuthorization(AccessPolicies.Proctor);
        sessions.MapPost("/{id}/regrade", RegradeAsync).RequireAuthorization(AccessPolicies.Registrar);
        sessions.MapPost("/{id}/cancel", (string id, CancelRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ChangeAsync(id, grains, s => s.CancelAsync(user.Actor(), request.Reason))).RequireAuthorization(AccessPolicies.Registrar);
        sessions.MapPost("/{id}/reschedule", (string id, RescheduleRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ChangeAsync(id, grains, s => s.RescheduleAsync(request.StartsAt, request.Centre ?? "", request.Room, request.Capacity, user.Actor(), request.Reason)))
            .RequireAuthorization(AccessPolicies.Registrar);
        sessions.MapPost("/{id}/move", (string id, MoveRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ChangeAsync(id, grains, s => s.MoveCandidateAsync(request.IdNumber.Trim().ToUpperInvariant(), request.To, user.Actor(), request.Reason)))
            .RequireAuthorization(AccessPolicies.Registrar);
        sessions.MapPut("/{id}/supervisors", (string id, SupervisorsRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
            ChangeAsync(id, grains, s => s.AssignSupervisorsAsync(request.Supervisors.Where(n => n is { Length: > 0 and <= 32 }).ToList(), user.Actor(), request.Reason ?? "")))
            .RequireAuthorization(AccessPolicies.Registrar);

        // Watching (the live view): a 督导员 named on the sitting sees what its proctors see, and may do nothing.
        // The chief assessor of a practical sitting runs its console too (SittingQueries.MayRun checks the sitting).
        var watch = sessions.MapGroup("/{id}").RequireAuthorization(AccessPolicies.ConsoleWatch);
        watch.MapGet("/", GetAsync);
        watch.MapGet("/roster", RosterAsync);
        watch.MapGet("/seats/{seat}/photo", SeatPhotoAsync);

        var proctor = sessions.MapGroup("/{id}").RequireAuthorization(AccessPolicies.Console);
        proctor.MapPost("/open-check-in", (string id, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(id, http, grains, s => s.OpenCheckInAsync(user.Actor())));
        proctor.MapPost("/check-in", (string id, CheckInRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(id, http, grains, s => s.CheckInAsync(request.IdNumber.Trim().ToUpperInvariant(), user.Actor(), request.IdentityConfirmed)));
        proctor.MapPost("/seats/{seat}/check-in", CheckInSeatAsync);
        proctor.MapPost("/seats/{seat}/unlock", UnlockSeatAsync);
        proctor.MapPost("/seats/{seat}/absent", MarkAbsentSeatAsync);
        proctor.MapPost("/seats/{seat}/misconduct", RecordMisconductAsync);
        proctor.MapPost("/start", (string id, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(id, http, grains, s => s.StartAsync(user.Actor())));
        proctor.MapPost("/pause", (string id, ReasonRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(id, http, grains, s => s.PauseAsync(user.Actor(), request.Reason)));
        proctor.MapPost("/resume", (string id, ReasonRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(id, http, grains, s => s.ResumeAsync(user.Actor(), request.Reason)));
        proctor.MapPost("/extend", ExtendAsync);
        proctor.MapPost("/close", (string id, ReasonRequest request, HttpContext http, ClaimsPrincipal user, IGrainFactory grains) =>
            ActAsync(id, http, grains, s => s.CloseAsync(user.Actor(), request.Reason)));
        return app;
    }

    private static async Task<Results<Created<SessionView>, ProblemHttpResult, ValidationProblem>> ScheduleAsync(ScheduleRequest request, ClaimsPrincipal user,
        IGrainFactory grains, IBatchRecords batches)
    {
        var batchId = string.IsNullOrWhiteSpace(request.BatchId) ? null : request.BatchId.Trim();
        var batch = await SittingBatch.TicketsAsync(grains, batches, request.TrackKey.Trim(), batchId, request.Id);
        var seats = new List<SeatAssignment>();
        foreach (var (seat, i) in request.Roster.Select((s, i) => (s, i)))
        {
            if (IdentityNumber.TryParse(seat.IdNumber, DateOnly.MaxValue).Number is not { } number)
            {
                return Replies.Invalid($"roster[{i}].idNumber", "身份证号码不正确 (not a valid ID number)");
            }

            var ticket = string.IsNullOrWhiteSpace(seat.Ticket)
                ? batch.ByCandidate.GetValueOrDefault(number.Value) ?? $"{request.Id}-{seat.Seat:000}"
                : seat.Ticket.Trim();
            if (batch.Problem(number.Value, ticket) is { } clash)
            {
                return Replies.Invalid($"roster[{i}].ticket", clash);
            }

            seats.Add(new SeatAssignment(number.Value, seat.Seat, ticket));
        }

        var plan = new SessionPlan(request.TrackKey.Trim(), request.Component, request.Centre.Trim(), request.Room.Trim(), request.StartsAt, request.Minutes,
            request.Proctors, seats, request.Assessors ?? [], request.ChiefAssessor, request.Capacity ?? 0,
            (request.Supervisors ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList(), batchId);
        var session = grains.GetGrain<IExamSessionGrain>(request.Id);
        var reply = await session.ScheduleAsync(plan, user.Actor());
        return reply.Accepted && await session.GetAsync() is { } created
            ? TypedResults.Created($"/api/sessions/{created.Id}", SittingQueries.ViewOf(created))
            : Replies.Refused(reply);
    }

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetAsync(string id, HttpContext http, IGrainFactory grains) =>
        await SittingQueries.WatchableAsync(id, http, grains) is { } session ? TypedResults.Ok(SittingQueries.ViewFor(http.User, session)) : NotYours(id);

    private static async Task<Results<Ok<IReadOnlyList<RosterView>>, ProblemHttpResult>> RosterAsync(
        string id, HttpContext http, IGrainFactory grains, TimeProvider clock, CandidatePhotos photos, CancellationToken cancellationToken)
    {
        if (await SittingQueries.WatchableAsync(id, http, grains) is not { } session)
        {
            return NotYours(id);
        }

        var now = clock.GetUtcNow();
        var lines = await grains.GetGrain<IExamSessionGrain>(id).GetRosterAsync();
        var tickets = await Task.WhenAll(lines.Select(l => grains.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(l.Ticket)).GetSeatStatusAsync(id, l.IdNumber)));
        var scoring = session.Plan.Component == ExamComponent.Theory
            ? new PracticalStatus?[lines.Count]
            : await Task.WhenAll(lines.Select(l => l.CheckedIn
                ? grains.GetGrain<IPracticalAttemptGrain>($"{id}/{l.IdNumber}").GetStatusAsync()
                : Task.FromResult<PracticalStatus?>(null)));
        var photoTags = await photos.TagsAsync(lines.Select(l => l.IdNumber).ToList(), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RosterView>>(lines.Select((l, i) => (Line: l, Ticket: tickets[i], Scoring: scoring[i])).Select(x => x.Line switch
        {
            var l when x.Scoring is { } p => new RosterView(
                l.Seat, l.Ticket, l.Name, IdentityNumber.Mask(l.IdNumber), l.CheckedIn, p.Score is null ? "scoring" : "scored",
                p.Tasks.Count(t => t.Score is not null), p.Tasks.Count, null, null, false, x.Ticket.Locked, x.Ticket.Failures, x.Ticket.DeviceChanges,
                x.Ticket.DeviceChangedAt, l.Absent, photoTags.GetValueOrDefault(l.IdNumber)),
            var l => new RosterView(
                l.Seat, l.Ticket, l.Name, IdentityNumber.Mask(l.IdNumber), l.CheckedIn, l.Progress is { } p ? AttemptApi.StatusName(p.Status) : null,
                l.Progress?.Answered ?? 0, l.Progress?.Total ?? 0, l.Progress?.Remaining.TotalSeconds, l.Progress?.LastSeenAt,
                l.Progress?.LastSeenAt is { } seen && now - seen < OnlineWindow, x.Ticket.Locked, x.Ticket.Failures, x.Ticket.DeviceChanges, x.Ticket.DeviceChangedAt, l.Absent,
                photoTags.GetValueOrDefault(l.IdNumber)),
        }).ToList());
    }

    // The photo of the candidate in one seat, for the identity check (人证合一): the sitting's proctors and 督导 only, never cached.
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SeatPhotoAsync(
        string id, int seat, HttpContext http, IGrainFactory grains, CandidatePhotos photos, CancellationToken cancellationToken)
    {
        if (await SittingQueries.WatchableAsync(id, http, grains) is not { } session)
        {
            return NotYours(id);
        }

        if (session.Plan.Roster.FirstOrDefault(r => r.Seat == seat) is not { } assigned)
        {
            return Replies.NotFound($"考位 {seat} 不在本场名单中 (no such seat)");
        }

        return await photos.GetAsync(assigned.IdNumber, cancellationToken) is { } photo ? CandidatePhotoApi.Photo(http, photo.Jpeg) : PhotoWords.NoPhoto();
    }

    /// <summary>A browser heard from within this window counts as online (the exam page polls well inside it).</summary>
    public static TimeSpan OnlineWindow { get; } = TimeSpan.FromSeconds(45);

    private static async Task<Results<NoContent, ProblemHttpResult>> ExtendAsync(string id, ExtendRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains)
    {
        if (await SittingQueries.RunnableAsync(id, http, grains) is not { } session)
        {
            return NotYours(id);
        }

        return session.Plan.Roster.FirstOrDefault(r => r.Seat == request.Seat) is { } seat
            ? Replies.From(await grains.GetGrain<IExamSessionGrain>(id).ExtendAsync(seat.IdNumber, request.Minutes, user.Actor(), request.Reason))
            : Replies.Refused($"考位 {request.Seat} 不在本场名单中 (no such seat)");
    }

    private static Task<Results<NoContent, ProblemHttpResult>> CheckInSeatAsync(string id, int seat, SeatCheckInRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
        SeatAsync(id, seat, http, grains, assigned => grains.GetGrain<IExamSessionGrain>(id).CheckInAsync(assigned.IdNumber, user.Actor(), request.IdentityConfirmed));

    private static Task<Results<NoContent, ProblemHttpResult>> MarkAbsentSeatAsync(string id, int seat, AbsentRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
        SeatAsync(id, seat, http, grains, assigned => grains.GetGrain<IExamSessionGrain>(id).MarkAbsentAsync(assigned.IdNumber, user.Actor(), request.Reason ?? ""));

    private static Task<Results<NoContent, ProblemHttpResult>> RecordMisconductAsync(string id, int seat, MisconductRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
        SeatAsync(id, seat, http, grains, assigned => grains.GetGrain<IExamSessionGrain>(id).RecordMisconductAsync(
            assigned.IdNumber, Enum.Parse<MisconductStep>(request.Step, ignoreCase: true), request.Reason, user.Actor()));

    private static Task<Results<NoContent, ProblemHttpResult>> UnlockSeatAsync(string id, int seat, ClaimsPrincipal user, HttpContext http, IGrainFactory grains) =>
        SeatAsync(id, seat, http, grains, assigned => grains.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(assigned.Ticket)).UnlockAsync(id, user.Actor()));

    // One seat of a sitting the signed-in proctor may run: the action on its assignment, or why not.
    private static async Task<Results<NoContent, ProblemHttpResult>> SeatAsync(
        string id, int seat, HttpContext http, IGrainFactory grains, Func<SeatAssignment, Task<CommandReply>> action)
    {
        if (await SittingQueries.RunnableAsync(id, http, grains) is not { } session)
        {
            return NotYours(id);
        }

        return session.Plan.Roster.FirstOrDefault(r => r.Seat == seat) is { } assigned
            ? Replies.From(await action(assigned))
            : Replies.Refused($"考位 {seat} 不在本场名单中 (no such seat)");
    }

    private static async Task<Results<Ok<RegradeReport>, ProblemHttpResult>> RegradeAsync(string id, RegradeRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var report = await grains.GetGrain<IExamSessionGrain>(id).RegradeAsync(request.CorrectedBankVersion, request.DryRun, user.Actor(), request.Reason ?? "");
        return report.Reason is { } reason ? Replies.Refused(reason) : TypedResults.Ok(report);
    }

    // A change to a scheduled sitting (cancel, reschedule, move): 404 when there is no such sitting, else the grain's answer.
    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(string id, IGrainFactory grains, Func<IExamSessionGrain, Task<CommandReply>> change)
    {
        var session = grains.GetGrain<IExamSessionGrain>(id);
        return await session.GetAsync() is null ? Replies.NotFound($"没有场次 {id} (no sitting {id})") : Replies.From(await change(session));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ActAsync(string id, HttpContext http, IGrainFactory grains, Func<IExamSessionGrain, Task<CommandReply>> action) =>
        await SittingQueries.RunnableAsync(id, http, grains) is null ? NotYours(id) : Replies.From(await action(grains.GetGrain<IExamSessionGrain>(id)));

    private static ProblemHttpResult NotYours(string id) => Replies.NotFound($"没有找到您负责的场次 {id} (no sitting {id} of yours)");
}
