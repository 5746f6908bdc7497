using System.Net;
using System.Text;
using CertEngine.Server.Features.Banks;

namespace CertEngine.Server.Web;

/// <summary>The front page: what this server is and which question banks it serves, in Chinese first.</summary>
internal static class HomePage
{
    public static void MapHomePage(this IEndpointRouteBuilder app) =>
        app.MapGet("/", (BankCatalogue catalogue) => Results.Content(Render(catalogue), "text/html; charset=utf-8"))
            .ExcludeFromDescription();

    private static string Render(BankCatalogue catalogue)
    {
        var rows = new StringBuilder();
        foreach (var (target, result) in catalogue.Banks)
        {
            var bank = result.Bank;
            var status = result.IsValid ? "可用 valid" : $"有 {result.Errors.Count()} 个错误 errors";
            rows.Append("<tr><td>").Append(Encode(bank?.Occupation.Code ?? target.Directory)).Append("</td><td>")
                .Append(Encode(bank?.Occupation.Name ?? "")).Append("</td><td>")
                .Append(target.IsPublished ? "已发布 v" + Encode(Path.GetFileName(target.Directory)) : "编写中 draft").Append("</td><td>")
                .Append(bank?.Items.Count ?? 0).Append("</td><td>").Append(bank?.Tasks.Count ?? 0).Append("</td><td>")
                .Append(status).Append("</td></tr>");
        }

        return $$"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>CertEngine · 太行家政技能评价</title>
            <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48"><link rel="stylesheet" href="/css/home.css"></head>
            <body><h1>太行家政 技能评价考试引擎 <small>CertEngine</small></h1>
            <p>职业技能等级认定与专项职业能力考核：题库、考试、评分与证书核验。<br><small>Skill assessment and certification: banks, exams, scoring and certificate verification.</small></p>
            <h2>题库 <small>Question banks</small></h2>
            <table><tr><th>职业代码</th><th>职业</th><th>版本</th><th>试题</th><th>操作题</th><th>状态</th></tr>{{rows}}</table>
            </body></html>
            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
