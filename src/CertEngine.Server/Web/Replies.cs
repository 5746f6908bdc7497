using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Tracks;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Web;

/// <summary>
/// How grain answers become HTTP answers: a refused command is a 409 ProblemDetails carrying the refusal (Chinese first),
/// which changed nothing; a missing thing is a 404 ProblemDetails.
/// </summary>
public static class Replies
{
    /// <summary>204 for an accepted command, 409 with the refusal otherwise.</summary>
    public static Results<NoContent, ProblemHttpResult> From(CommandReply reply) =>
        reply.Accepted ? TypedResults.NoContent() : Refused(reply);

    /// <summary>
    /// A refused command: its words in both languages, and when the grain gave a reason code, that code as
    /// <c>code</c> (stable, for programs) beside the words (for people).
    /// </summary>
    public static ProblemHttpResult Refused(CommandReply reply, IDictionary<string, object?>? extensions = null) =>
        Refused(RefusalWords.Bilingual(reply), reply.Reason is { } reason ? WithCode(reason, extensions) : extensions);

    /// <summary>A refused issue or reissue: its reason's words (and any passed-on words) in both languages, and its <c>code</c>.</summary>
    public static ProblemHttpResult Refused(IssueReply reply) => Refused(new CommandReply(false, reply.Words, reply.Reason));

    /// <summary>A refusal given as a reason code: its words in both languages and its <c>code</c>.</summary>
    public static ProblemHttpResult Refused(Refusal reason, IDictionary<string, object?>? extensions = null) =>
        Refused(RefusalWords.Bilingual(reason), WithCode(reason, extensions));

    private static Dictionary<string, object?> WithCode(Refusal reason, IDictionary<string, object?>? extensions) =>
        new(extensions ?? new Dictionary<string, object?>()) { ["code"] = reason.Code.ToString() };

    /// <summary>A refusal: the request was understood but the rules or the current state do not allow it.</summary>
    public static ProblemHttpResult Refused(string reason, IDictionary<string, object?>? extensions = null)
    {
        Grains.Telemetry.RequestMetrics.Refusal(extensions is not null && extensions.TryGetValue("code", out var code) && code is string text ? text : "none");
        return TypedResults.Problem(detail: reason, statusCode: StatusCodes.Status409Conflict, title: "请求被拒绝 (request refused)", extensions: extensions);
    }

    /// <summary>A 404 naming what was not found.</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(detail: what, statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)");

    /// <summary>A 400 naming the field that is wrong.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "请求内容有误 (invalid request)");

    /// <summary>Who is acting: the signed-in user name (staff) or ticket (candidate).</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
