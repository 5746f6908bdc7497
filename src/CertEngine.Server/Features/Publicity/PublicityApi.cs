using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Domain;
using CertEngine.Domain.Candidates;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Publicity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// 成绩公示 over HTTP. Managers (Admin, CentreManager): <c>POST /api/publicity/sittings/{sessionId}</c> and
/// <c>POST /api/publicity/range</c> and <c>POST /api/publicity/batches/{batchId}</c> (an exam batch, 批次) publish, <c>GET /api/publicity</c> lists notices, <c>GET /api/publicity/objections</c>
/// lists objections, <c>POST /api/publicity/objections/{id}/answer</c> and <c>…/close</c> handle them. The public:
/// <c>GET /api/publicity/{id}</c> (masked lines) and <c>POST /api/publicity/{id}/objections</c> (rate-limited; the answer
/// is the same whether or not the ticket and ID number matched a line, so it cannot be used to find out who sat).
/// </summary>
public static class PublicityApi
{
    /// <summary>The longest id, key or ticket accepted.</summary>
    public const int MaxKeyLength = 80;

    /// <summary>A date range to publish.</summary>
    public sealed record RangeRequest(
        [property: Required, StringLength(MaxKeyLength, MinimumLength = 1)] string Track,
        [property: Required] DateOnly? From,
        [property: Required] DateOnly? To);

    /// <summary>An objection (异议).</summary>
    public sealed record ObjectionRequest(
        [property: Required, StringLength(40, MinimumLength = 1)] string Ticket,
        [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber,
        [property: Required, StringLength(ObjectionDesk.MaxText, MinimumLength = 1)] string Text);

    /// <summary>An answer to an objection.</summary>
    public sealed record AnswerRequest([property: Required, StringLength(ObjectionDesk.MaxText, MinimumLength = 1)] string Answer);

    /// <summary>What a lodged objection is answered with, matched or not.</summary>
    public sealed record Received(string Message);

    /// <summary>The words every lodged objection is answered with.</summary>
    public const string ReceivedWords = "异议已提交。如准考证号和身份证号与公示名单一致，我们将在公示期内核实并答复。(Objection received. If the ticket and ID number match a line of this notice, it will be checked and answered during the period.)";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapPublicityApi(this IEndpointRouteBuilder app)
    {
        var managers = app.MapGroup("/api/publicity").WithTags("Publicity").RequireAuthorization(AccessPolicies.Registrar);
        managers.MapGet("/", ListAsync);
        managers.MapPost("/sittings/{sessionId}", PublishSittingAsync);
        managers.MapPost("/range", PublishRangeAsync);
        managers.MapPost("/batches/{batchId}", PublishBatchAsync);
        managers.MapGet("/objections", ObjectionsAsync);
        managers.MapPost("/objections/{objectionId}/answer", AnswerAsync);
        managers.MapPost("/objections/{objectionId}/close", CloseAsync);
        var public_ = app.MapGroup("/api/publicity").WithTags("Publicity").AllowAnonymous();
        public_.MapGet("/{publicityId}", ViewAsync);
        public_.MapPost("/{publicityId}/objections", LodgeAsync).RequireRateLimiting(PublicityServices.ObjectionLimit);
        return app;
    }

    /// <summary>Whether the text has the shape of a 公示 id (<c>yyyyMMdd-xxxxxx</c>).</summary>
    public static bool IsId(string? id) => id is { Length: 15 } && id[8] == '-' && id[..8].All(char.IsAsciiDigit) && id[9..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    private static async Task<Results<Ok<IReadOnlyList<PublicityNotice>>, ValidationProblem>> ListAsync(
        string? track, int? page, ResultPublication publication, CancellationToken cancellationToken)
    {
        if (track is { Length: > MaxKeyLength } || page is < 1 or > 10_000)
        {
            return Replies.Invalid(track is { Length: > MaxKeyLength } ? "track" : "page", "认定项目或页码有误 (track too long, or page not 1 to 10000)");
        }

        return TypedResults.Ok(await publication.ListAsync(track?.Trim(), page ?? 1, cancellationToken));
    }

    private static async Task<Results<Created<PublicityNotice>, ValidationProblem, ProblemHttpResult>> PublishSittingAsync(
        string sessionId, ClaimsPrincipal user, ResultPublication publication, CancellationToken cancellationToken)
    {
        if (sessionId.Length > MaxKeyLength)
        {
            return Replies.Invalid("sessionId", "场次编号过长 (session id too long)");
        }

        return Answer(await publication.PublishSittingAsync(sessionId.Trim(), user.Actor(), cancellationToken));
    }

    private static async Task<Results<Created<PublicityNotice>, ValidationProblem, ProblemHttpResult>> PublishBatchAsync(
        string batchId, ClaimsPrincipal user, ResultPublication publication, IBatchRecords batches, CancellationToken cancellationToken)
    {
        if (!Batches.BatchDesk.IsId(batchId) || await batches.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return Replies.NotFound($"没有批次 {batchId} (no such batch)");
        }

        return Answer(await publication.PublishBatchAsync(batch, await BatchTicketsAsync(batches, batchId, cancellationToken), user.Actor(), cancellationToken));
    }

    /// <summary>Each candidate's one ticket in the batch, by ID number (at most <see cref="IPublicityRecords.MaxLines"/> + 1 read, so more are refused as too many).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> BatchTicketsAsync(IBatchRecords batches, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var tickets = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var skip = 0; skip <= IPublicityRecords.MaxLines; skip += IBatchRecords.MaxTake)
        {
            var page = await batches.MembersAsync(batchId, skip, IBatchRecords.MaxTake, cancellationToken);
            foreach (var member in page)
            {
                tickets[member.IdNumber] = member.Ticket;
            }

            if (page.Count < IBatchRecords.MaxTake)
            {
                break;
            }
        }

        return tickets;
    }

    private static async Task<Results<Created<PublicityNotice>, ValidationProblem, ProblemHttpResult>> PublishRangeAsync(
        RangeRequest request, ClaimsPrincipal user, ResultPublication publication, CancellationToken cancellationToken)
    {
        if (request.From is not { } from || request.To is not { } to || to < from || to.DayNumber - from.DayNumber >= ResultPublication.MaxRangeDays)
        {
            return Replies.Invalid("to", $"日期范围有误：起止日期都要填写，截止不早于开始，最长 {ResultPublication.MaxRangeDays} 天 (from and to are needed, to not before from, at most {ResultPublication.MaxRangeDays} days)");
        }

        return Answer(await publication.PublishRangeAsync(request.Track.Trim(), from, to, user.Actor(), cancellationToken));
    }

    private static Results<Created<PublicityNotice>, ValidationProblem, ProblemHttpResult> Answer(PublicationOutcome outcome) => outcome switch
    {
        PublicationOutcome.Published published => TypedResults.Created("/results/" + published.Notice.PublicityId, published.Notice),
        PublicationOutcome.Refused refused => Replies.Refused(refused.Why),
        PublicationOutcome.Missing missing => Replies.NotFound(missing.What),
        _ => throw new InvalidOperationException(outcome.GetType().Name),
    };

    private static async Task<Results<Ok<PublicityView>, ProblemHttpResult>> ViewAsync(string publicityId, ResultPublication publication, CancellationToken cancellationToken) =>
        IsId(publicityId) && await publication.ViewAsync(publicityId, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : Replies.NotFound($"没有成绩公示 {Clip(publicityId)} (no such results notice)");

    private static async Task<Results<Accepted<Received>, ValidationProblem, ProblemHttpResult>> LodgeAsync(
        string publicityId, ObjectionRequest request, ObjectionDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsId(publicityId))
        {
            return Replies.NotFound($"没有成绩公示 {Clip(publicityId)} (no such results notice)");
        }

        if (IdentityNumber.TryParse(request.IdNumber, ChinaTime.Today(clock)).Number is not { } idNumber)
        {
            return Replies.Invalid("idNumber", "身份证号码有误 (not a valid ID number)");
        }

        if (string.IsNullOrWhiteSpace(request.Text) || string.IsNullOrWhiteSpace(request.Ticket))
        {
            return Replies.Invalid("text", "请填写准考证号和异议内容 (give the ticket and what is wrong)");
        }

        return await desk.LodgeAsync(publicityId, request.Ticket.Trim(), idNumber.Value, request.Text.Trim(), cancellationToken) is { } refused
            ? refused.Code == RefusalCode.PublicityNoSuchObjection ? Replies.NotFound($"没有成绩公示 {publicityId} (no such results notice)") : Replies.Refused(refused)
            : TypedResults.Accepted((string?)null, new Received(ReceivedWords));
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicityObjection>>, ValidationProblem>> ObjectionsAsync(
        string? status, string? publicity, int? page, ObjectionDesk desk, CancellationToken cancellationToken)
    {
        if (status is not (null or "" or PublicityObjectionStatus.Open or PublicityObjectionStatus.Answered or PublicityObjectionStatus.Closed))
        {
            return Replies.Invalid("status", "状态只能是 open、answered 或 closed (status: open, answered or closed)");
        }

        if (publicity is { Length: > MaxKeyLength } || page is < 1 or > 10_000)
        {
            return Replies.Invalid("page", "公示编号或页码有误 (publicity too long, or page not 1 to 10000)");
        }

        return TypedResults.Ok(await desk.ListAsync(string.IsNullOrEmpty(status) ? null : status, publicity, page ?? 1, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        string objectionId, AnswerRequest request, ClaimsPrincipal user, ObjectionDesk desk, CancellationToken cancellationToken)
    {
        if (objectionId.Length > MaxKeyLength || string.IsNullOrWhiteSpace(request.Answer))
        {
            return Replies.Invalid("answer", "请填写答复 (give the answer)");
        }

        return Done(await desk.AnswerAsync(objectionId, request.Answer.Trim(), user.Actor(), cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> CloseAsync(
        string objectionId, ClaimsPrincipal user, ObjectionDesk desk, CancellationToken cancellationToken) =>
        objectionId.Length > MaxKeyLength
            ? Replies.Invalid("objectionId", "异议编号过长 (objection id too long)")
            : Done(await desk.CloseAsync(objectionId, user.Actor(), cancellationToken));

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Done(Refusal? refused) => refused switch
    {
        null => TypedResults.NoContent(),
        { Code: RefusalCode.PublicityNoSuchObjection } => Replies.NotFound("异议不存在 (no such objection)"),
        _ => Replies.Refused(refused),
    };

    private static string Clip(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
