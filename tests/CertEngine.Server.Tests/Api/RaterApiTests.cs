using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary><c>GET /api/analytics/raters</c>: the sheets the assessors sign, read back from the record store, with the period bounded.</summary>
[Collection(ApiCollection.Name)]
public sealed class RaterApiTests(ApiHost host)
{
    [Fact]
    public async Task Raters_AfterAPanelScoresATask_ListEachAssessorWithTheirDeviationFromTheOthers()
    {
        var sitting = await PracticalSittingAsync.CreateAsync(host, candidates: 1);
        var shares = new[] { 1.0m, 0.9m, 0.5m };
        var taskId = "";
        for (var i = 0; i < 3; i++)
        {
            var task = await sitting.FirstTaskAsync(i);
            taskId = task.GetProperty("taskId").GetString()!;
            var signed = await sitting.Assessors[i].PostAsJsonAsync(sitting.TaskPath(0, taskId) + "/sheet", PracticalSittingAsync.Sheet(task, shares[i]));
            Assert.Equal(HttpStatusCode.NoContent, signed.StatusCode);
        }

        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var report = (await manager.GetFromJsonAsync<JsonElement>("/api/analytics/raters")).GetProperty("report");

        var figures = report.GetProperty("assessors").EnumerateArray()
            .Where(a => sitting.AssessorNames.Contains(a.GetProperty("assessor").GetString()!))
            .ToDictionary(a => a.GetProperty("assessor").GetString()!);
        Assert.Equal(3, figures.Count);
        Assert.All(figures.Values, f => Assert.Equal((1, 2), (f.GetProperty("sheets").GetInt32(), f.GetProperty("comparisons").GetInt32())));
        // The third assessor gave half marks against 100 % and 90 %: 45 points below the others' mean on a 100-point task.
        var low = figures[sitting.AssessorNames[2]];
        Assert.True(low.GetProperty("meanDeviation").GetDecimal() < -40m, low.ToString());
        Assert.Equal(0.0, low.GetProperty("adjacentAgreement").GetDouble());
        Assert.Contains(report.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("taskId").GetString() == taskId);
    }

    [Theory]
    [InlineData("?from=2026-13-01")]
    [InlineData("?to=yesterday")]
    [InlineData("?from=2026-11-30&to=2026-11-01")]
    [InlineData("?from=2024-01-01&to=2026-11-30")]
    public async Task Raters_BadOrTooLongPeriod_IsA400InWords(string query)
    {
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");

        var response = await manager.GetAsync("/api/analytics/raters" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
