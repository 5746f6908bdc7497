using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Pages;

/// <summary>A track's results page lists the absent (缺考) beside those with results; a transcript before 发证 names the track's level.</summary>
[Collection(ApiCollection.Name)]
public sealed class TrackResultsPageTests(ApiHost host)
{
    [Fact]
    public async Task TrackPage_AbsentCandidateWithNoResult_IsListedAsAbsent_AndCounted()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 70m);
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Manager.PostAsJsonAsync($"/api/sessions/{sitting.Id}/seats/2/absent", new { reason = "未到场" })).StatusCode);
        var track = Uri.EscapeDataString(ApiHost.Track5);

        var html = await sitting.Manager.GetStringAsync("/admin/results?track=" + track);
        var table = await sitting.Manager.GetFromJsonAsync<JsonElement>("/api/results/tracks?key=" + track);

        var row = Row(html, Key(sitting.IdNumbers[1]));
        Assert.Contains(sitting.Names[1], row, StringComparison.Ordinal);
        Assert.Contains("缺考", row, StringComparison.Ordinal);
        Assert.Contains($"session={sitting.Id}", row, StringComparison.Ordinal);
        Assert.Contains("合格", Row(html, Key(sitting.IdNumbers[0])), StringComparison.Ordinal);
        var lines = table.GetProperty("lines").EnumerateArray().ToList();
        Assert.Contains($"共 {lines.Count} 人有成绩或缺考记录", html, StringComparison.Ordinal);
        var absent = lines.Single(l => l.GetProperty("idNumber").GetString() == sitting.IdNumbers[1]).GetProperty("components").GetProperty("Theory").EnumerateArray().Last();
        Assert.Equal("absent", absent.GetProperty("standing").GetString());
        Assert.Equal(JsonValueKind.Null, absent.GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task Transcript_BeforeTheCertificate_NamesTheTracksLevel()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);

        var html = await sitting.Manager.GetStringAsync($"/api/results/transcripts/{sitting.IdNumbers[0]}?track={Uri.EscapeDataString(ApiHost.Track5)}");

        Assert.Contains("<th>等级 Level</th><td>五级/初级工</td>", html, StringComparison.Ordinal);
    }

    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);

    private static string Row(string html, string key)
    {
        var start = html.IndexOf($"<tr data-candidate=\"{key}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {key}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
