using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Attempts;
using CertEngine.Domain.Sessions;
using CertEngine.Grains.Telemetry;
using CertEngine.Server.Web;
using CertEngine.Server.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Exam;

/// <summary>
/// The signed-in candidate's own attempt: the paper (never a key), one answer saved per request the moment it is given,
/// and hand-in. The attempt is named by the sign-in, never by the request, so no candidate can reach another's paper.
/// </summary>
public static class AttemptApi
{
    /// <summary>
    /// The paper as the browser shows it; questions only while the clock runs. <see cref="HandInOpensInSeconds"/> is the
    /// running time still to pass before hand-in is allowed (no hand-in during the first <see cref="EarliestHandInMinutes"/>
    /// minutes; zero once allowed); <see cref="Receipt"/> is the hand-in receipt once handed in; <see cref="EndedBy"/> who
    /// submitted it (see <see cref="AttemptStatusView.EndedBy"/>), added last so older readers are untouched.
    /// </summary>
    public sealed record AttemptView(
        string SessionId, int Seat, string Ticket, string Status, double RemainingSeconds, DateTimeOffset? Deadline,
        DateTimeOffset ServerTime, IReadOnlyList<ShownQuestion> Questions, int Answered, double HandInOpensInSeconds,
        int EarliestHandInMinutes, HandInReceipt? Receipt, string? EndedBy = null);

    /// <summary>One answer in display labels: <c>["A"]</c>, <c>["A","C"]</c> for 多选, <c>["true"]</c> for 判断, <c>[]</c> to clear.</summary>
    public sealed record AnswerRequest([property: Required, MaxLength(10)] IReadOnlyList<string> Choices);

    /// <summary>The saved answer's receipt: the server's remaining time.</summary>
    public sealed record AnswerSaved(int Index, double RemainingSeconds, DateTimeOffset ServerTime);

    /// <summary>
    /// How the attempt stands, without the paper: what the exam page polls every 15 s. <see cref="RemainingSeconds"/> is
    /// the server's, as of <see cref="ServerTime"/>; <see cref="Submitted"/> once handed in (by the candidate, the deadline
    /// or the proctor's close). <see cref="EndedBy"/> (added last, so older readers are untouched): null until submitted,
    /// then <c>candidate</c> (handed in by the candidate), <c>deadline</c> (submitted when time ran out) or <c>proctor</c>
    /// (submitted by the close of the sitting or a misconduct step), so the page can say which.
    /// </summary>
    public sealed record AttemptStatusView(
        string Status, double RemainingSeconds, DateTimeOffset ServerTime, bool Paused, int Answered, int Total, bool Submitted,
        string? EndedBy = null);

    /// <summary>Maps the attempt endpoints (candidates only).</summary>
    public static IEndpointRouteBuilder MapAttemptApi(this IEndpointRouteBuilder app)
    {
        var attempt = app.MapGroup("/api/attempt").WithTags("Attempt").RequireAuthorization(AccessPolicies.Candidate);
        attempt.MapGet("/", GetAsync);
        attempt.MapGet("/status", GetStatusAsync);
        attempt.MapPut("/answers/{index}", SaveAsync);
        attempt.MapPost("/submit", SubmitAsync);
        return app;
    }

    private static IAttemptGrain Attempt(ClaimsPrincipal user, IGrainFactory grains) =>
        grains.GetGrain<IAttemptGrain>($"{user.FindFirstValue(CertEngineClaims.Session)}/{user.FindFirstValue(CertEngineClaims.IdNumber)}");

    private static async Task<Results<Ok<AttemptView>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        ExamMetrics.PaperLoaded();
        if (await Attempt(user, grains).GetPaperAsync() is not { } paper)
        {
            return Replies.NotFound("没有找到您的试卷 (no paper for this sign-in)");
        }

        // Questions only while the clock runs: not before the start, not while paused, not after hand-in.
        var questions = paper.Status == AttemptStatus.Running ? paper.Questions.Select(WithJudgeWords).ToList() : [];
        return TypedResults.Ok(new AttemptView(
            user.FindFirstValue(CertEngineClaims.Session)!, paper.Seat, paper.Ticket, StatusName(paper.Status), paper.Remaining.TotalSeconds,
            paper.Deadline, clock.GetUtcNow(), questions, paper.Questions.Count(q => q.Saved.Count > 0), paper.HandInOpensIn.TotalSeconds,
            (int)SessionTiming.Default.EarliestHandIn.TotalMinutes, paper.Receipt, await EndedByAsync(Attempt(user, grains), paper.Status, paper.Ticket)));
    }

    private static async Task<Results<Ok<AttemptStatusView>, ProblemHttpResult>> GetStatusAsync(ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        // The heartbeat also tells the proctor's roster this browser is online, as the full paper read does.
        ExamMetrics.StatusPolled();
        var progress = await Attempt(user, grains).HeartbeatAsync();
        if (progress.Total == 0)
        {
            return Replies.NotFound("没有找到您的试卷 (no paper for this sign-in)");
        }

        // Who ended it comes with the heartbeat: asking the attempt for its result would queue this poll behind the hand-in
        // itself, which at a deadline of thousands took longer than the browser waits.
        return TypedResults.Ok(new AttemptStatusView(
            StatusName(progress.Status), progress.Remaining.TotalSeconds, clock.GetUtcNow(), progress.Status == AttemptStatus.Paused,
            progress.Answered, progress.Total, progress.Status == AttemptStatus.Submitted,
            progress.Status == AttemptStatus.Submitted ? EndedBy(progress.SubmittedBy, user.Identity?.Name) : null));
    }

    private static async Task<Results<Ok<AnswerSaved>, ProblemHttpResult, ValidationProblem>> SaveAsync(
        int index, AnswerRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        if (request.Choices.Any(c => c is null || c.Length > 8))
        {
            return Replies.Invalid("choices", "每个选项标签不超过 8 个字符 (each choice is a short label such as A or true)");
        }

        var reply = await Attempt(user, grains).SaveAnswerAsync(index, request.Choices);
        ExamMetrics.AnswerSaved(reply.Saved);
        return reply.Saved
            ? TypedResults.Ok(new AnswerSaved(index, reply.Remaining.TotalSeconds, clock.GetUtcNow()))
            : Replies.Refused(reply.Reason ?? new Refusal(RefusalCode.Unspecified, []), new Dictionary<string, object?> { ["remainingSeconds"] = reply.Remaining.TotalSeconds });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SubmitAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        Replies.From(await Attempt(user, grains).SubmitAsync());

    /// <summary>
    /// Who submitted a submitted attempt (null before): the candidate's hand-in is signed with their ticket, the deadline's
    /// with <c>system</c>, anything else (the close, a misconduct step) with the proctor's name.
    /// </summary>
    private static async Task<string?> EndedByAsync(IAttemptGrain attempt, AttemptStatus status, string? ticket) =>
        status != AttemptStatus.Submitted || await attempt.GetResultAsync() is not { } result ? null : EndedBy(result.SubmittedBy, ticket);

    private static string? EndedBy(string? submittedBy, string? ticket) =>
        submittedBy is null ? null
        : string.Equals(submittedBy, "system", StringComparison.Ordinal) ? "deadline"
        : string.Equals(submittedBy, ticket, StringComparison.Ordinal) ? "candidate"
        : "proctor";

    /// <summary>The status as the browser reads it: ready, running, paused, submitted.</summary>
    public static string StatusName(AttemptStatus status) => status.ToString().ToLowerInvariant();

    // A 判断 question's two options carry no words from the grain: the exam's words for them are given here, at the web edge.
    private static ShownQuestion WithJudgeWords(ShownQuestion question) => question.Type != "judge" ? question : question with
    {
        Options = [.. question.Options.Select(o => o with { Text = o.Label == "true" ? "正确" : "错误" })],
    };
}
