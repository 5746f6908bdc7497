using System.Net;
using System.Net.Http.Json;
using CertEngine.Contracts;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Pages;

/// <summary>The 发证, hand-out, results and certificate pages: who may open each, and their forms end to end.</summary>
[Collection(ApiCollection.Name)]
public sealed class CertificatePagesTests(ApiHost host)
{
    public static TheoryData<string> Pages => new()
    {
        "/admin/certificates/issue",
        "/admin/results",
        "/admin/certificates/handout?track=" + Uri.EscapeDataString(ApiHost.Track5),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ManagerOpens_ProctorIsDenied_AnonymousSignsIn(string path)
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var proctor = await host.StaffAsync("pages.proctor", "Proctor");

        var opened = await manager.GetAsync(path);
        var denied = await proctor.GetAsync(path);
        var anonymous = await host.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/sign-in", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/certificates/handout")]
    [InlineData("/admin/certificates/handout?track=a&session=b")]
    public async Task Handout_NeitherOrBoth_Answers400(string path)
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task IssuePage_PostTicked_IssuesAndShowsEachOutcome()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 2);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 80m);
        await sitting.RecordAsync(1, ExamComponent.Theory, 40m);
        var path = "/admin/certificates/issue?track=" + Uri.EscapeDataString(ApiHost.Track5);

        var response = await sitting.Manager.PostAsync(path + "&handler=Issue", new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
        {
            new("track", ApiHost.Track5), new("ids", Key(sitting.IdNumbers[0])), new("ids", Key(sitting.IdNumbers[1])),
            new("__RequestVerificationToken", await AdminPagesTests.TokenAsync(sitting.Manager, path)),
        }));
        var html = await response.Content.ReadAsStringAsync();
        var readiness = await CertificateIssuanceApiTests.ReadinessAsync(sitting);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已发证 1 人，未发 1 人", html);
        Assert.Contains("data-outcome=\"NotReady\"", html);
        Assert.Equal("already-issued", readiness[sitting.IdNumbers[0]].GetProperty("state").GetString());
        // The readiness board below is paged (100 a page) over every candidate of the shared host's track, so this pair may
        // not be on its first page; what must hold on any page is that no whole ID number is written out.
        Assert.DoesNotContain(sitting.IdNumbers[0], html);
        Assert.DoesNotContain(sitting.IdNumbers[1], html);
    }

    [Fact]
    public async Task IssuePage_PostAnIdNumberOrAnUnknownKey_IssuesNothing()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 80m);
        var path = "/admin/certificates/issue?track=" + Uri.EscapeDataString(ApiHost.Track5);

        foreach (var ids in new[] { sitting.IdNumbers[0], new string('A', CandidateRowKeys.Length) })
        {
            var response = await sitting.Manager.PostAsync(path + "&handler=Issue", new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
            {
                new("track", ApiHost.Track5), new("ids", ids), new("__RequestVerificationToken", await AdminPagesTests.TokenAsync(sitting.Manager, path)),
            }));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True((await CertificateIssuanceApiTests.ReadinessAsync(sitting))[sitting.IdNumbers[0]].GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task IssuePage_NotReady_SaysWhyInTheVisitorsLanguage()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 40m);

        var html = await sitting.Manager.GetStringAsync("/admin/certificates/issue?track=" + Uri.EscapeDataString(ApiHost.Track5) + "&p=1&lang=en");

        Assert.Contains("Not ready", html);
        Assert.DoesNotContain("System.", html);
    }

    [Fact]
    public async Task CertificatesPage_SuspendWithoutConfirmingThePublicReason_ChangesNothing()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var number = (await new CertificateSearchApiTests(host).IssueAsync(ApiHost.NewIdNumber(), 1))[0];

        var response = await manager.PostAsync("/admin/certificates?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = number, ["action"] = "suspend", ["reason"] = "举报待核查", ["q"] = number,
            ["__RequestVerificationToken"] = await AdminPagesTests.TokenAsync(manager, "/admin/certificates?q=" + number),
        }));
        var html = await response.Content.ReadAsStringAsync();
        var record = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/certificates/{number}/record");

        Assert.Contains("公开的证书验证页上显示", html);
        Assert.Equal("valid", record.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CertificatesPage_PartialName_FindsTheCertificateWithItsStatusInWords()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 80m);
        var number = (await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, [sitting.IdNumbers[0]]))[0].GetProperty("number").GetString()!;

        var byName = await sitting.Manager.GetStringAsync("/admin/certificates?q=" + Uri.EscapeDataString(sitting.Names[0][2..]));
        var bySitting = await sitting.Manager.GetStringAsync("/admin/certificates?session=" + sitting.Id);

        Assert.Contains($"data-number=\"{number}\"", byName);
        Assert.Contains("有效", byName);
        Assert.Contains($"data-number=\"{number}\"", bySitting);
    }

    [Fact]
    public async Task ResultsPage_Sitting_ShowsStandingsAndTheExport()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 75m);

        var html = await sitting.Manager.GetStringAsync("/admin/results?session=" + sitting.Id);

        Assert.Contains("data-standing=\"passed\"", html);
        Assert.Contains("data-standing=\"absent\"", html);
        Assert.Contains("缺考", html);
        Assert.Contains($"/api/results/sittings/{sitting.Id}?format=xlsx", html);
        Assert.Contains($"data-candidate=\"{Key(sitting.IdNumbers[0])}\" data-standing=\"passed\"", html);
        Assert.DoesNotContain(sitting.IdNumbers[0], html);
    }

    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);

    [Fact]
    public async Task Search_NothingFound_SaysSoInThePagesLanguage_NotBoth()
    {
        // A manager of its own: ?lang=en leaves an English culture cookie on the client, which other tests must not inherit.
        var manager = await host.StaffAsync("pages.english.manager", "CentreManager");

        var chinese = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/certificates?q=ZQ9988"));
        var english = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/certificates?q=ZQ9988&lang=en"));

        Assert.Contains("没有找到证书。", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("no certificate found", chinese, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No certificate found.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("没有找到证书", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssuePage_ShowsTheVerificationAddressTheCertificatesWillCarry_BeforeIssuing()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var verify = host.Services.GetRequiredService<CertEngine.Grains.Certificates.CertificateAuthority>().PublicBaseUrl + "/v";

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/admin/certificates/issue"));

        // The test host sets no --public-base-url: the address is where it listens, said so.
        Assert.Equal(host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["urls"] + "/v", verify);
        Assert.Contains($"证书核验地址（二维码与“本证书核验”）：<code>{verify}</code>", html, StringComparison.Ordinal);
        Assert.Contains("未设置 --public-base-url", html, StringComparison.Ordinal);
    }
}
