using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Facts;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Programme;

/// <summary>
/// The programme report and the 培训补贴 list over HTTP, on facts written straight into the server's record store (a year and
/// a county no other test writes): the JSON totals, the Excel export, the PNG charts, the targets, and the claim lifecycle
/// (audited; a refused change changes nothing).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ProgrammeApiTests(ApiHost host)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Report_Year_GivesTotalsAndProgrammeLines()
    {
        var manager = await host.StaffAsync("programme.manager", "CentreManager");
        await WriteYearAsync(2019, "报表县");

        var report = await manager.GetFromJsonAsync<JsonElement>("/api/reports/programme?year=2019");

        var totals = report.GetProperty("totals");
        Assert.Equal((3, 3, 2, 2), (totals.GetProperty("registered").GetInt32(), totals.GetProperty("assessed").GetInt32(),
            totals.GetProperty("passed").GetInt32(), totals.GetProperty("certified").GetInt32()));
        var home = report.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "home");
        Assert.Equal(2, home.GetProperty("figures").GetProperty("certified").GetInt32());
        var county = Assert.Single(report.GetProperty("counties").EnumerateArray());
        Assert.Equal("报表县", county.GetProperty("key").GetString());
        Assert.Equal(2, report.GetProperty("months").EnumerateArray().ElementAt(5).GetProperty("figures").GetProperty("certified").GetInt32());
    }

    [Fact]
    public async Task Report_Excel_HoldsTheSameTotals()
    {
        var manager = await host.StaffAsync("programme.manager", "CentreManager");
        await WriteYearAsync(2018, "表格县");

        var response = await manager.GetAsync("/api/reports/programme?year=2018&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "方案 Programmes").Cast<IDictionary<string, object>>().ToList();
        var total = rows.Single(r => (string)r["方案 Programme"] == "合计 Total");
        Assert.Equal((3d, 2d), (Convert.ToDouble(total["报名 Registered"], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(total["发证 Certified"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("targets")]
    [InlineData("monthly")]
    [InlineData("pass-rates")]
    public async Task Chart_Name_IsAPng(string name)
    {
        var manager = await host.StaffAsync("programme.manager", "CentreManager");

        var response = await manager.GetAsync($"/api/reports/programme/charts/{name}.png?year=2021&width=400&height=300");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Theory]
    [InlineData("/api/reports/programme", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/programme?year=1999", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/programme?year=2021&month=13", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/programme?year=2021&format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/programme/charts/pie.png?year=2021", HttpStatusCode.NotFound)]
    [InlineData("/api/subsidies", HttpStatusCode.BadRequest)]
    [InlineData("/api/subsidies?year=2021&state=lost", HttpStatusCode.BadRequest)]
    [InlineData("/api/subsidies?year=2021&pageSize=100000", HttpStatusCode.BadRequest)]
    public async Task MalformedQuery_IsA4xxProblem(string path, HttpStatusCode expected)
    {
        var manager = await host.StaffAsync("programme.manager", "CentreManager");

        var response = await manager.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Targets_ExampleUntilEntered_ThenTheAdminsAudited()
    {
        var admin = await host.AdminAsync();
        var example = await admin.GetFromJsonAsync<JsonElement>("/api/reports/programme/targets");
        if (example.EnumerateArray().All(t => t.GetProperty("example").GetBoolean()))
        {
            Assert.Contains(example.EnumerateArray(), t => t.GetProperty("programme").GetString() == "maternal" && t.GetProperty("year").GetInt32() == 2023
                && t.GetProperty("fromYear").GetInt32() == 2021 && t.GetProperty("count").GetInt32() == 15000);
        }

        var saved = await admin.PutAsJsonAsync("/api/reports/programme/targets", new { programme = "elderly", year = 2030, fromYear = 2028, count = 12345 });
        var unknown = await admin.PutAsJsonAsync("/api/reports/programme/targets", new { programme = "space", year = 2030, count = 1 });
        var reversed = await admin.PutAsJsonAsync("/api/reports/programme/targets", new { programme = "elderly", year = 2030, fromYear = 2031, count = 1 });

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal("ProgrammeUnknownProgramme", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("ProgrammeYearsOutOfRange", (await reversed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var targets = await admin.GetFromJsonAsync<JsonElement>("/api/reports/programme/targets");
        var entered = Assert.Single(targets.EnumerateArray(), t => t.GetProperty("programme").GetString() == "elderly" && t.GetProperty("year").GetInt32() == 2030);
        Assert.Equal((12345, 2028, false), (entered.GetProperty("count").GetInt32(), entered.GetProperty("fromYear").GetInt32(), entered.GetProperty("example").GetBoolean()));
        var trail = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAuditTrailGrain>("programme/targets").GetAsync();
        Assert.Contains(trail, r => r.Actor == "admin" && r.Details.Contains("elderly 2028–2030: 12345", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubsidyClaim_Lifecycle_AuditedAndRefusedChangesChangeNothing()
    {
        var manager = await host.StaffAsync("subsidy.manager", "CentreManager");
        var id = ApiHost.NewIdNumber();
        var number = "S-SUB-" + id[^6..];
        await WriteCertificateAsync(id, "补贴县", number, "4-10-01-06/家务服务员/4", "4-10-01-06", 4, new DateOnly(2026, 6, 1));

        var list = await manager.GetFromJsonAsync<JsonElement>("/api/subsidies?year=2026&county=补贴县");
        var line = Assert.Single(list.GetProperty("lines").EnumerateArray());
        Assert.Equal(("draft", 0, 1500m, "2027-06-01"), (line.GetProperty("state").GetString(), line.GetProperty("version").GetInt32(),
            line.GetProperty("yuan").GetDecimal(), line.GetProperty("deadline").GetString()));
        Assert.True(list.GetProperty("rulesUnconfirmed").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await Change(manager, number, "submitted", 0)).StatusCode);
        await AssertRefusedAsync(await Change(manager, number, "submitted", 0), "SubsidyStale");
        await AssertRefusedAsync(await Change(manager, number, "refused", 1, ""), "SubsidyReasonRequired");
        Assert.Equal(HttpStatusCode.NoContent, (await Change(manager, number, "paid", 1)).StatusCode);
        await AssertRefusedAsync(await Change(manager, number, "draft", 2), "SubsidyTransitionNotAllowed");
        Assert.Equal(HttpStatusCode.BadRequest, (await Change(manager, number, "lost", 2)).StatusCode);

        var history = await manager.GetFromJsonAsync<JsonElement>($"/api/subsidies/{number}/history");
        Assert.Equal(["submitted", "paid"], history.EnumerateArray().Select(e => e.GetProperty("state").GetString()));
        var trail = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAuditTrailGrain>("subsidy/" + number).GetAsync();
        Assert.Equal(["subsidy.submitted", "subsidy.paid"], trail.Select(r => r.Action));
        Assert.All(trail, r => Assert.Equal("subsidy.manager", r.Actor));
    }

    [Fact]
    public async Task SubsidyClaim_SecondCertificateOrClosedWindow_IsRefused()
    {
        var manager = await host.StaffAsync("subsidy.manager", "CentreManager");
        var id = ApiHost.NewIdNumber();
        await WriteCertificateAsync(id, "窗口县", "S-W1-" + id[^6..], "4-10-01-05/5", "4-10-01-05", 5, new DateOnly(2025, 10, 1));
        await WriteCertificateAsync(id, "窗口县", "S-W2-" + id[^6..], "4-10-01-05/5", "4-10-01-05", 5, new DateOnly(2026, 2, 1));

        await AssertRefusedAsync(await Change(manager, "S-W1-" + id[^6..], "submitted", 0), "SubsidyWindowClosed");
        await AssertRefusedAsync(await Change(manager, "S-W2-" + id[^6..], "submitted", 0), "SubsidyAlreadyClaimed");
        await AssertRefusedAsync(await Change(manager, "S-NONE-" + id[^6..], "submitted", 0), "SubsidyNoSuchCertificate");

        var history = await manager.GetFromJsonAsync<JsonElement>($"/api/subsidies/S-W1-{id[^6..]}/history");
        Assert.Empty(history.EnumerateArray());
        var list = await manager.GetFromJsonAsync<JsonElement>("/api/subsidies?year=2026&county=窗口县");
        Assert.Empty(list.GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public async Task SubsidyExport_FormulaLookingName_IsEscaped()
    {
        var manager = await host.StaffAsync("subsidy.manager", "CentreManager");
        var id = ApiHost.NewIdNumber();
        await WriteCertificateAsync(id, "导出县", "S-X-" + id[^6..], "专项/ZX-MYHL", "ZX-MYHL", null, new DateOnly(2026, 3, 1), holder: "=HYPERLINK(\"http://x\")");

        var response = await manager.GetAsync("/api/subsidies?year=2026&county=导出县&format=xlsx");

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["姓名 Name"]);
        Assert.Equal(800d, Convert.ToDouble(row["金额(元) Yuan"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task<HttpResponseMessage> Change(HttpClient client, string number, string state, int version, string reason = "材料齐全") =>
        client.PostAsJsonAsync($"/api/subsidies/{number}/state", new { state, version, reason });

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    /// <summary>
    /// Three 家务服务员 五级 candidates of <paramref name="county"/> enrolled in March of <paramref name="year"/>; all sit theory
    /// and practical in May, two pass both and are certified in June.
    /// </summary>
    private async Task WriteYearAsync(int year, string county)
    {
        var facts = host.Services.GetRequiredService<IFactStore>();
        var enrolments = host.Services.GetRequiredService<IEnrolmentStore>();
        const string track = "4-10-01-06/家务服务员/5";
        for (var i = 0; i < 3; i++)
        {
            var id = ApiHost.NewIdNumber();
            await enrolments.AppendAsync([new EnrolmentFact(track, id, "c", [], new DateTimeOffset(year, 3, 2, 9, 0, 0, China), "centre")]);
            var date = new DateOnly(year, 5, 10);
            var at = new DateTimeOffset(date, new TimeOnly(12, 0), China);
            List<RecordFact> list =
            [
                new CandidateProfileFact($"candidate/{id}/p", at, "in-" + id, id, "考生" + i, county, "", "centre"),
                new ComponentResultFact($"result/{id}/t", at, track, id, "Theory", 70m, 60m, date, "T-" + year, false),
                new ComponentResultFact($"result/{id}/p", at, track, id, "Practical", i == 2 ? 40m : 80m, 60m, date, "P-" + year, false),
            ];
            if (i < 2)
            {
                var issued = new DateOnly(year, 6, 1);
                list.Add(new CertificateIssuedFact("certificate/Y-" + id, at, "Y-" + id, "skill-level", track, id, "考生" + i, "4-10-01-06", "家务服务员", 5, issued, "manager"));
            }

            await facts.AppendAsync(list);
        }
    }

    private async Task WriteCertificateAsync(string id, string county, string number, string track, string occupation, int? level, DateOnly issuedOn, string holder = "王秀英")
    {
        var at = new DateTimeOffset(issuedOn, new TimeOnly(9, 0), China);
        await host.Services.GetRequiredService<IFactStore>().AppendAsync([
            new CandidateProfileFact($"candidate/{id}/p-{number}", at, "in-" + id, id, holder, county, "", "centre"),
            new CertificateIssuedFact("certificate/" + number, at, number, level is null ? "specialty" : "skill-level", track, id, holder, occupation,
                level is null ? "" : "家务服务员", level, issuedOn, "manager"),
        ]);
    }
}
