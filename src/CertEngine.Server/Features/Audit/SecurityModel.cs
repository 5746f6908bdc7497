using CertEngine.Contracts.Security;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CertEngine.Server.Features.Audit;

/// <summary>安全事件 (Admin): the same list as <c>GET /api/security-events</c>, newest first, filtered by kind, paged.</summary>
[Authorize(Policy = AccessPolicies.Admin)]
public sealed class SecurityModel(IGrainFactory grains, SecurityEventRecorder recorder) : PageModel
{
    /// <summary>Events per page.</summary>
    public const int PageSize = 100;

    /// <summary>The kind shown, or every kind when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>The page shown, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The events of this page.</summary>
    public SecurityEventList Events { get; private set; } = new([], 0, 1, PageSize);

    /// <summary>Every kind, by the name the API uses, for the filter.</summary>
    public static IReadOnlyList<string> Kinds { get; } = Enum.GetValues<SecurityEventKind>().Select(SecurityEventQueries.KindName).ToList();

    /// <summary>Whether a further page exists.</summary>
    public bool HasNext => PageNumber * PageSize < Events.Total;

    /// <summary>Reads the page.</summary>
    public async Task OnGetAsync()
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var kind = Enum.GetValues<SecurityEventKind>().Where(k => SecurityEventQueries.KindName(k) == Kind).Select(k => (SecurityEventKind?)k).FirstOrDefault();
        if (kind is null)
        {
            Kind = null;
        }

        Events = await SecurityEventQueries.ReadAsync(grains, recorder, kind, PageNumber, PageSize);
    }

    /// <summary>The Chinese and English label of an event kind.</summary>
    public static (string Chinese, string English) Label(string kind) => kind switch
    {
        "staff-sign-in-failed" => ("工作人员登录失败", "Staff sign-in failed"),
        "staff-sign-in-locked" => ("账户锁定期间尝试登录", "Sign-in to a locked account"),
        "staff-account-locked" => ("工作人员账户被锁定", "Staff account locked"),
        "candidate-sign-in-failed" => ("考生登录失败", "Candidate sign-in failed"),
        "candidate-sign-in-locked" => ("准考证锁定期间尝试登录", "Sign-in with a locked ticket"),
        "ticket-locked" => ("准考证被锁定", "Admission ticket locked"),
        "candidate-taken-over" => ("考生在另一台电脑登录", "Candidate signed in on another computer"),
        "superseded-session" => ("已被替代的登录继续访问", "Superseded sign-in used"),
        "role-refused" => ("越权访问（角色）", "Refused by role"),
        "ownership-refused" => ("越权访问（非本人负责）", "Refused: not theirs"),
        "certificate-forged" => ("伪造或篡改的证书", "Forged or altered certificate"),
        "rate-limited" => ("请求过于频繁被拒", "Rate limit refusal"),
        "foreign-origin" => ("来自其他网站的请求被拒", "Foreign-origin request refused"),
        "overflow" => ("事件过多未能逐条记录", "Events too many to keep one by one"),
        _ => (kind, kind),
    };
}
