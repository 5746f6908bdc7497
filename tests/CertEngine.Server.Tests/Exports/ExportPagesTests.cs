using System.Net.Http.Json;
using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Exports;

/// <summary>The 数据上报 page lists what was exported; the 一人多证 page lists pairs to check, ID numbers masked.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportPagesTests(ApiHost host)
{
    [Fact]
    public async Task ExportsPage_ListsAnExportWithItsFiltersRowsAndHash_AndOffersNewOnes()
    {
        var sitting = await ResultsSitting.CreateAsync(host, candidates: 2, checkedIn: 2);
        await sitting.RecordAsync(0, ExamComponent.Theory, 75);
        Assert.True((await sitting.Manager.GetAsync($"/api/exports/results.csv?batch={sitting.Id}")).IsSuccessStatusCode);

        var html = await sitting.Manager.GetStringAsync("/admin/exports");

        Assert.Contains("数据上报", html, StringComparison.Ordinal);
        Assert.Contains($"batch={sitting.Id}", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/admin/exports\" id=\"certificates-form\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"format\" value=\"csv\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/exports.js", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind=certificates&format=xlsx&from=2026-13-01&to=2026-12-31", "开始日期格式为 yyyy-MM-dd")]
    [InlineData("kind=certificates&format=xlsx&from=2026-12-31&to=2026-01-01", "结束日期不早于开始日期")]
    [InlineData("kind=results&format=csv&batch=x&from=2026-01-01", "批次与日期只能选一种")]
    [InlineData("kind=people&format=pdf", "请选择导出内容和格式")]
    public async Task ExportsPage_AMalformedForm_AnswersWithThePageAndTheReason_NotJson_AndLogsNothing(string query, string reason)
    {
        var manager = await host.StaffAsync("exports.manager", "CentreManager");
        var before = (await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/exports")).GetProperty("total").GetInt64();

        var response = await manager.GetAsync("/admin/exports?handler=download&job=abcdefgh0000bad1&" + query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("数据上报", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains("id=\"export-problem\"", html, StringComparison.Ordinal);
        Assert.Equal("failed", (await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/exports/progress/abcdefgh0000bad1")).GetProperty("state").GetString());
        Assert.Equal(before, (await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/exports")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ExportsPage_Download_HandsOverTheFile_AndItsJobReportsTheRowsWritten()
    {
        var sitting = await ResultsSitting.CreateAsync(host, candidates: 2, checkedIn: 2);
        await sitting.RecordAsync(0, ExamComponent.Theory, 75);
        await sitting.RecordAsync(1, ExamComponent.Theory, 55);
        var job = "job" + Guid.NewGuid().ToString("N")[..20];
        Assert.Equal("unknown", (await sitting.Manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/exports/progress/" + job)).GetProperty("state").GetString());

        var response = await sitting.Manager.GetAsync($"/admin/exports?handler=download&kind=results&format=csv&batch={sitting.Id}&job={job}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var state = await sitting.Manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/exports/progress/" + job);
        Assert.Equal(("done", 2L, 2L), (state.GetProperty("state").GetString(), state.GetProperty("written").GetInt64(), state.GetProperty("total").GetInt64()));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await sitting.Manager.GetAsync("/api/exports/progress/NOT-A-JOB")).StatusCode);
    }

    [Fact]
    public async Task NearDuplicatesPage_MasksIdNumbers()
    {
        var manager = await host.StaffAsync("exports.manager", "CentreManager");

        var html = await manager.GetStringAsync("/admin/exports/near-duplicates");

        Assert.Contains("一人多证核查", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]{17}[0-9X]", html);
    }
}
