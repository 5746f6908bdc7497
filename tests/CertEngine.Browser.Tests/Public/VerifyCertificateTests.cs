using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Certificates;
using CertEngine.Domain;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Public;

/// <summary>A visitor with no account checks a real certificate: the QR's address, a forged copy of it, and the manual lookup.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VerifyCertificateTests(BrowserHost host)
{
    private const string Holder = "陈静怡";

    [BrowserFact]
    public async Task Visitor_QrAddressForgedTokenAndManualLookup_SeesValidMaskedThenForgedThenValid()
    {
        var (idNumber, number, path) = await IssueAsync();
        await using var visitor = await host.NewPageAsync("verify-certificate");

        await visitor.Page.GotoAsync(path);

        var status = visitor.Page.Locator(".status");
        await Expect(status).ToHaveAttributeAsync("data-status", "valid");
        await Expect(status).ToContainTextAsync("证书有效");
        await Expect(visitor.Page.Locator("dt:text-is('证书编号') + dd")).ToHaveTextAsync(number);
        await Expect(visitor.Page.Locator("dt:text-is('姓名') + dd")).ToHaveTextAsync(PublicCertificateView.MaskName(Holder));
        await Expect(visitor.Page.Locator("dt:text-is('证件号码') + dd")).ToHaveTextAsync(IdentityNumber.Mask(idNumber));
        Assert.DoesNotContain(idNumber, await visitor.Page.ContentAsync());
        await visitor.ScreenshotAsync("valid");

        await visitor.Page.GotoAsync(OneCharacterChanged(path));

        await Expect(status).ToHaveAttributeAsync("data-status", "forged");
        await Expect(status).ToContainTextAsync("证书信息不符，疑似伪造");
        await visitor.ScreenshotAsync("forged");

        await visitor.Page.GotoAsync("/v");
        await visitor.Page.FillAsync("#Number", number);
        await visitor.Page.FillAsync("#IdNumber", idNumber);
        await visitor.Page.ClickAsync("form.lookup button[type=submit]");

        await Expect(status).ToHaveAttributeAsync("data-status", "valid");
        await Expect(visitor.Page.Locator("dt:text-is('证书编号') + dd")).ToHaveTextAsync(number);
        await visitor.ScreenshotAsync("manual-lookup");
    }

    // Changes one character of the token's signature, well inside it (the last character may only carry padding bits).
    private static string OneCharacterChanged(string path)
    {
        var at = path.Length - 20;
        return path[..at] + (path[at] == 'A' ? 'B' : 'A') + path[(at + 1)..];
    }

    /// <summary>A candidate enrolled through the API, both parts passed, and the certificate issued through the API; its number and QR path.</summary>
    private async Task<(string IdNumber, string Number, string Path)> IssueAsync()
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var opened = await manager.PostAsJsonAsync("/api/tracks/open", new { key = BrowserHost.Track5, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var idNumber = BrowserHost.NewIdNumber();
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/candidates", new { name = Holder, idNumber, county = "潞州区" })).StatusCode);
        var enrolled = await manager.PostAsJsonAsync($"/api/candidates/{idNumber}/enrolments", new
        {
            trackKey = BrowserHost.Track5,
            evidence = new object[] { new { id = "work-1", kind = "work", from = "2022-01-01", occupation = "家政服务员", related = true, hours = 0 } },
        });
        Assert.True(enrolled.StatusCode == HttpStatusCode.NoContent, await enrolled.Content.ReadAsStringAsync());

        // The results an exam day would record (the exam itself is the exam tests' subject).
        var today = ChinaTime.Today(host.Clock);
        var candidate = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ICandidateGrain>(idNumber);
        await candidate.RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Theory, 78, 60, today, "T-verify", false));
        await candidate.RecordResultAsync(new ComponentResultRecord(BrowserHost.Track5, ExamComponent.Practical, 71, 60, today, "P-verify", false));

        var issued = await manager.PostAsJsonAsync("/api/tracks/issue", new { key = BrowserHost.Track5, idNumber });
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());
        var reply = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("issued", reply.GetProperty("outcome").GetString());
        return (idNumber, reply.GetProperty("number").GetString()!, new Uri(reply.GetProperty("verifyUrl").GetString()!).PathAndQuery);
    }
}
