using System.Net;
using System.Net.Http.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary><c>/admin/raters</c> and its chart: who may open them, the table from the record store, a bad period in words.</summary>
[Collection(ApiCollection.Name)]
public sealed class RaterPagesTests(ApiHost host)
{
    [Fact]
    public async Task RatersPage_AfterAPanelScores_ListsItsAssessors_AndTheChartIsAPng()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        for (var i = 0; i < 3; i++)
        {
            var task = await sitting.FirstTaskAsync(i);
            var signed = await sitting.Assessors[i].PostAsJsonAsync(sitting.TaskPath(0, task.GetProperty("taskId").GetString()!) + "/sheet",
                PracticalSittingAsync.Sheet(task, i == 2 ? 0.5m : 1.0m));
            Assert.Equal(HttpStatusCode.NoContent, signed.StatusCode);
        }

        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var html = await manager.GetStringAsync("/admin/raters");
        var chart = await manager.GetAsync("/api/analytics/raters/chart.png");

        Assert.Contains("id=\"rater-table\"", html, StringComparison.Ordinal);
        Assert.All(sitting.AssessorNames, name => Assert.Contains(name, html, StringComparison.Ordinal));
        Assert.Contains("ICC(1)", html, StringComparison.Ordinal);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await chart.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task RatersPage_BadPeriod_SaysWhyWith400_ProctorIsDenied()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var proctor = await host.StaffAsync("pages.proctor", "Proctor");

        var bad = await manager.GetAsync("/admin/raters?from=2026-12-01&to=2026-11-01");
        var denied = await proctor.GetAsync("/admin/raters");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("开始日期不能晚于结束日期", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
