using System.Text.Json;
using CertEngine.Server.Web.Auth;
using CertEngine.Server.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace CertEngine.Server.Features.Exam;

/// <summary>
/// The exam page at <c>/exam/paper</c> (答题): a shell that <c>wwwroot/js/exam.js</c> fills from <c>GET /api/attempt</c>
/// (candidates only). The page carries no exam data itself, so it is open to all and sends anyone who is not a signed-in
/// candidate to <c>/exam</c> instead of the staff sign-in page.
/// </summary>
[AllowAnonymous]
public sealed class PaperModel(BilingualText text) : PageModel
{
    /// <summary>The words the script shows, in the request's language, as JSON.</summary>
    public string TextJson { get; private set; } = "{}";

    /// <summary>Shows the page to a signed-in candidate; everyone else goes to the sign-in.</summary>
    public IActionResult OnGet()
    {
        if (!User.IsInRole(CertEngineClaims.CandidateRole))
        {
            return HttpContext.Items.ContainsKey(SignInValidator.SupersededItem)
                ? RedirectToPage("/Exam/SignIn", new { superseded = true })
                : RedirectToPage("/Exam/SignIn");
        }

        TextJson = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["saved"] = text("已保存", "Saved"),
            ["saving"] = text("保存中…", "Saving…"),
            ["offline"] = text("离线（{n} 条待发送）", "Offline ({n} waiting to send)"),
            ["question"] = text("第 {n} 题 / 共 {total} 题", "Question {n} of {total}"),
            ["single"] = text("单选题", "Single choice"),
            ["multiple"] = text("多选题（可选多项）", "Multiple choice (choose all that apply)"),
            ["judge"] = text("判断题", "True or false"),
            ["true"] = text("正确", "True"),
            ["false"] = text("错误", "False"),
            ["points"] = text("{n} 分", "{n} pt"),
            ["flag"] = text("标记", "Flag"),
            ["unflag"] = text("取消标记", "Unflag"),
            ["confirm"] = text("确定交卷吗？交卷后不能再修改答案。", "Hand in now? Answers cannot be changed afterwards."),
            ["unanswered"] = text("还有 {n} 题未作答。", "{n} questions are unanswered."),
            ["allAnswered"] = text("所有题目均已作答。", "Every question is answered."),
            ["refused"] = text("交卷未成功：", "Not handed in: "),
            ["offlineHandIn"] = text("网络未连接，请联网后再交卷。", "No network: hand in when the connection returns."),
            ["timeUp"] = text("考试时间到，系统已自动交卷。", "Time is up: the paper was handed in automatically."),
            ["handedIn"] = text("您已交卷。", "You have handed in your paper."),
            ["endedByClose"] = text("考试已结束，您的答卷已自动提交。", "The exam has ended: your paper was submitted automatically."),
            ["handInWait"] = text("开考满 {n} 分钟后方可交卷：约 {at} 起（还需 {wait}）。", "Hand-in opens {n} minutes after the start: at about {at} (in {wait})."),
            ["receiptAnswered"] = text("{n} / {total} 题", "{n} of {total} questions"),
        });
        return Page();
    }
}
