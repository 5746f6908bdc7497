using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Browser.Tests.Staff;
using CertEngine.Storage.Records.Publicity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CertEngine.Browser.Tests.Smoke;

/// <summary>
/// Every page, opened by someone allowed to see it, in Chromium posing as WeChat's browser on a small Android phone:
/// Chinese by default, made for the phone's width (nothing scrolls sideways), nothing fetched from anywhere but this server,
/// every form control labelled, every image described, no script error, nothing the Content-Security-Policy refused, and
/// the security headers on the real server's answer. A page added later fails the first test until it is listed here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageHygieneTests(BrowserHost host)
{
    /// <summary>WeChat 8 on Android (its built-in XWEB browser): the candidates' and the public's usual browser.</summary>
    public const string WeChatAndroid = "Mozilla/5.0 (Linux; Android 12; M2102J2SC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        + "Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20221109 MMWEBID/6093 MicroMessenger/8.0.31.2280(0x28001F37) "
        + "WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";

    private const int PhoneWidth = 360;

    // Checked in the page itself: what a person on a phone (or a screen reader) meets.
    private const string InPageChecks = """
        () => {
          const problems = [];
          if (!document.querySelector('meta[name=viewport][content*="width=device-width"]')) problems.push('no viewport meta for phones');
          const wide = document.documentElement.scrollWidth;
          if (wide > window.innerWidth + 1) problems.push(`scrolls sideways: ${wide}px on a ${window.innerWidth}px screen`);
          for (const el of document.querySelectorAll('input, select, textarea')) {
            if (['hidden', 'submit', 'button', 'reset'].includes(el.type)) continue;
            if ((el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.title) continue;
            problems.push(`unlabelled ${el.tagName.toLowerCase()} name=${el.name || ''} id=${el.id || ''}`);
          }
          for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`image without alt: ${img.getAttribute('src')}`);
          // No whole ID number (18 characters: region, birth date, order, check) in any attribute, form values included:
          // rows, boxes and links are keyed by internal ids. A certificate number's 21 digits are no match (digits around).
          const idNumber = /(^|[^0-9])[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]([^0-9]|$)/;
          for (const el of document.querySelectorAll('*')) {
            for (const attribute of el.attributes) {
              if (idNumber.test(attribute.value)) problems.push(`whole ID number in an attribute: <${el.tagName.toLowerCase()} ${attribute.name}>`);
            }
          }
          for (const el of document.querySelectorAll('button, a[href]')) {
            const named = (el.innerText || el.textContent || '').trim() || el.getAttribute('aria-label') || el.title || el.querySelector('img[alt], svg[aria-label]');
            if (!named) problems.push(`${el.tagName.toLowerCase()} with no text: ${el.outerHTML.slice(0, 80)}`);
          }
          return problems;
        }
        """;

    [Fact]
    public void EveryPageRoute_IsCheckedBelow()
    {
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageRouteMetadata>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(routes.Except(CheckedRoutes, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [BrowserFact]
    public async Task EveryPage_OnAPhoneInWeChat_IsChineseLocalLabelledAndFitsTheScreen()
    {
        var visits = await VisitsAsync();
        var failures = new List<string>();
        foreach (var visit in visits)
        {
            failures.AddRange((await CheckAsync(visit)).Select(problem => $"{visit.Url}: {problem}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(CheckedRoutes.Order(StringComparer.Ordinal), visits.Select(v => v.Route).Distinct().Order(StringComparer.Ordinal));
    }

    [BrowserFact]
    public async Task EnglishSwitch_OnThePublicLookup_TurnsThePageEnglish_AndStays()
    {
        await using var browser = await host.NewPageAsync("hygiene-english", userAgent: WeChatAndroid, width: PhoneWidth);

        await browser.Page.GotoAsync("/v?lang=en");
        var switched = await browser.Page.GetAttributeAsync("html", "lang");
        await browser.Page.GotoAsync("/v");

        Assert.Equal("en", switched);
        Assert.Equal("en", await browser.Page.GetAttributeAsync("html", "lang"));
    }

    private static readonly string[] CheckedRoutes =
    [
        "/", "/sign-in", "/sign-out", "/denied", "/setup", "/v", "/v/{number}", "/exam", "/exam/paper", "/status/{code}",
        "/proctor", "/proctor/{sessionId}", "/proctor/{sessionId}/seat-plan", "/proctor/{sessionId}/tickets", "/proctor/{sessionId}/record",
        "/assess", "/assess/adjudication", "/assess/{sessionId}/{ticket}/{taskId}",
        "/admin", "/admin/candidates", "/admin/candidates/{id}", "/admin/certificates", "/admin/staff", "/admin/security", "/admin/tracks", "/admin/sessions",
        "/admin/sessions/{id}", "/admin/banks", "/admin/banks/draft", "/admin/banks/diff", "/admin/tracks/rules", "/account/password",
        "/admin/certificates/issue", "/admin/certificates/handout", "/admin/results", "/admin/eligibility", "/admin/raters",
        "/admin/publicity", "/results/{id}", "/admin/banks/analysis", "/admin/exports", "/admin/exports/near-duplicates",
        "/supervision", "/supervision/{sessionId}",
        "/admin/batches", "/admin/batches/{id}", "/admin/batches/{id}/tickets",
        "/admin/reports/programme", "/admin/subsidies", "/proctor/{sessionId}/signals",
    ];

    private sealed record Visit(string Route, string Url, HttpClient? As, int Status = 200);

    private async Task<List<Visit>> VisitsAsync()
    {
        var admin = await host.AdminAsync();
        var theory = await host.SittingAsync(1);
        var candidate = await theory.SignInCandidateAsync(0);
        var practical = await StaffSittings.PracticalAsync(host);
        var assessor = practical.Assessors[0];
        var assignments = await assessor.GetFromJsonAsync<JsonElement>("/api/practical/assignments");
        var task = assignments.EnumerateArray().First(a => a.GetProperty("sessionId").GetString() == practical.Id);
        var taskId = task.GetProperty("candidates")[0].GetProperty("tasks")[0].GetProperty("taskId").GetString();
        var sheet = $"/assess/{practical.Id}/{practical.Tickets[0]}/{taskId}";
        var registered = await (await admin.PostAsJsonAsync("/api/candidates", new { name = "页面检查", idNumber = BrowserHost.NewIdNumber(), county = "潞州区", phone = "13800138000" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var batch = await admin.PostAsJsonAsync("/api/batches", new { track = BrowserHost.Track5, name = "页面检查" + Guid.NewGuid().ToString("N")[..4], centre = "长治市职业技能鉴定中心",
            firstDay = "2026-11-23", lastDay = "2026-11-24" });
        var batchId = (await batch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetString();
        // This host's tracks have 成绩公示 off, so the notice is written straight to the record store.
        var notice = "20261123-hygien";
        var supervisor = await host.StaffAsync("hygiene.supervisor", "Supervisor");
        Assert.True((await admin.PutAsJsonAsync($"/api/sessions/{theory.Id}/supervisors", new { supervisors = new[] { "hygiene.supervisor" } })).IsSuccessStatusCode);
        await host.Services.GetRequiredService<IPublicityRecords>().PublishAsync(
            new PublicityNotice(notice, BrowserHost.Track5, "", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), ["Theory", "Practical"],
                new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27), 5, 1, "admin", host.Clock.GetUtcNow()),
            [new PublicityLine(theory.IdNumbers[0], theory.Tickets[0], "考*0", "1404**********0000", "家政服务员", "家务服务员", "五级/初级工", [82m, 75m], true)]);
        return
        [
            new("/", "/", null), new("/sign-in", "/sign-in", null), new("/sign-out", "/sign-out", admin), new("/denied", "/denied", admin, 403),
            new("/setup", "/setup", null), new("/v", "/v", null), new("/v/{number}", "/v/Y140000000000000000001?t=not-a-token", null),
            new("/exam", "/exam", null), new("/exam/paper", "/exam/paper", candidate), new("/status/{code}", "/status/429", null, 429),
            new("/proctor", "/proctor", theory.Proctor), new("/proctor/{sessionId}", $"/proctor/{theory.Id}", theory.Proctor),
            new("/proctor/{sessionId}/seat-plan", $"/proctor/{theory.Id}/seat-plan", theory.Proctor),
            new("/proctor/{sessionId}/tickets", $"/proctor/{theory.Id}/tickets", theory.Proctor),
            new("/proctor/{sessionId}/record", $"/proctor/{theory.Id}/record", theory.Proctor),
            new("/assess", "/assess", assessor), new("/assess/adjudication", "/assess/adjudication", assessor),
            new("/assess/{sessionId}/{ticket}/{taskId}", sheet, assessor),
            new("/admin", "/admin", admin), new("/admin/candidates", "/admin/candidates", admin),
            new("/admin/candidates/{id}", $"/admin/candidates/{registered.GetProperty("internalId").GetString()}", admin),
            new("/admin/certificates", "/admin/certificates", admin), new("/admin/staff", "/admin/staff", admin),
            new("/admin/security", "/admin/security", admin), new("/admin/eligibility", "/admin/eligibility", admin),
            new("/admin/tracks", "/admin/tracks", admin), new("/admin/sessions", "/admin/sessions", admin),
            new("/admin/sessions/{id}", $"/admin/sessions/{theory.Id}", admin),
            new("/admin/banks", "/admin/banks", admin), new("/admin/banks/draft", "/admin/banks/draft?code=4-10-01-06", admin),
            new("/admin/banks/diff", "/admin/banks/diff?code=4-10-01-06&from=1&to=1", admin),
            new("/admin/tracks/rules", "/admin/tracks/rules?code=4-10-01-06&version=0", admin),
            new("/account/password", "/account/password", admin),
            new("/admin/certificates/issue", "/admin/certificates/issue?track=" + Uri.EscapeDataString(BrowserHost.Track5), admin),
            new("/admin/certificates/handout", "/admin/certificates/handout?session=" + theory.Id, admin),
            new("/admin/results", "/admin/results?session=" + theory.Id, admin),
            new("/admin/results", "/admin/results?track=" + Uri.EscapeDataString(BrowserHost.Track5), admin),
            new("/admin/raters", "/admin/raters", admin),
            new("/admin/banks/analysis", "/admin/banks/analysis?code=4-10-01-06&version=1", admin),
            new("/admin/exports", "/admin/exports", admin), new("/admin/exports/near-duplicates", "/admin/exports/near-duplicates", admin),
            new("/admin/reports/programme", "/admin/reports/programme", admin), new("/admin/subsidies", "/admin/subsidies", admin),
            new("/admin/publicity", "/admin/publicity", admin), new("/results/{id}", "/results/" + notice, null),
            new("/supervision", "/supervision", supervisor), new("/supervision/{sessionId}", $"/supervision/{theory.Id}", supervisor),
            new("/admin/batches", "/admin/batches", admin), new("/admin/batches/{id}", "/admin/batches/" + batchId, admin),
            new("/admin/batches/{id}/tickets", $"/admin/batches/{batchId}/tickets", admin),
            new("/admin/sessions", $"/admin/sessions?track={Uri.EscapeDataString(BrowserHost.Track5)}&batchId={batchId}", admin),
            new("/proctor/{sessionId}/signals", $"/proctor/{theory.Id}/signals", theory.Proctor),
        ];
    }

    private async Task<List<string>> CheckAsync(Visit visit)
    {
        var name = "hygiene" + visit.Route.Replace('/', '-').Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        await using var browser = await host.NewPageAsync(name, visit.As, WeChatAndroid, PhoneWidth);
        var problems = new ConcurrentQueue<string>();
        var origin = new Uri(host.BaseUrl);
        await browser.Context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host != origin.Host || url.Port != origin.Port)
            {
                problems.Enqueue($"fetches from elsewhere: {route.Request.Url}");
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        // Installed by the browser itself, so the page's own policy does not stop it; the page's console also says "Refused to …".
        await browser.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => (window.__cspViolations ||= []).push(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));");
        browser.Page.PageError += (_, error) => problems.Enqueue($"script error: {error}");
        browser.Page.Console += (_, message) =>
        {
            // Chromium reports the page's own non-200 answer (the 403 of /denied) as a failed resource: that one is intended.
            var ownStatus = visit.Status != 200 && message.Text.Contains($"status of {visit.Status}", StringComparison.Ordinal);
            if (message.Type == "error" && !ownStatus)
            {
                problems.Enqueue($"console error: {message.Text}");
            }
        };

        var response = await browser.Page.GotoAsync(visit.Url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (response is null || response.Status != visit.Status || new Uri(browser.Page.Url).AbsolutePath != new Uri(origin, visit.Url).AbsolutePath)
        {
            return [$"answered {response?.Status} at {browser.Page.Url}, not the page itself"];
        }

        var headers = await response.AllHeadersAsync();
        // Pages allow script files of this server only; the printable tickets (an operator's template) no script at all.
        if (!headers.TryGetValue("content-security-policy", out var policy)
            || !(policy.Contains("script-src 'self';", StringComparison.Ordinal) || policy.StartsWith("default-src 'none';", StringComparison.Ordinal))
            || !policy.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
        {
            problems.Enqueue($"Content-Security-Policy is '{policy}'");
        }

        if (headers.GetValueOrDefault("x-content-type-options") != "nosniff" || headers.ContainsKey("server"))
        {
            problems.Enqueue($"headers: nosniff '{headers.GetValueOrDefault("x-content-type-options")}', Server '{headers.GetValueOrDefault("server")}'");
        }

        foreach (var violation in await browser.Page.EvaluateAsync<string[]>("() => window.__cspViolations || []"))
        {
            problems.Enqueue($"Content-Security-Policy violation: {violation}");
        }

        if (await browser.Page.GetAttributeAsync("html", "lang") != "zh-CN")
        {
            problems.Enqueue("not Chinese by default");
        }

        foreach (var problem in await browser.Page.EvaluateAsync<string[]>(InPageChecks))
        {
            problems.Enqueue(problem);
        }

        await browser.ScreenshotAsync("phone");
        return [.. problems];
    }
}
