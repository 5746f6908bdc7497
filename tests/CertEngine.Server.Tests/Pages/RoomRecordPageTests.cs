using System.Net;
using System.Net.Http.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>Misconduct through the API and the printable room record (考场记录) that lists it.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoomRecordPageTests(ApiHost host)
{
    [Fact]
    public async Task RoomRecord_ListsTheMisconductWithItsReason_AndWhoCameAndWhoDidNot()
    {
        var sitting = await SittingAsync.CreateAsync(host, 2);

        var warned = await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/seats/1/misconduct", new { step = "warning", reason = "交头接耳" });
        var unknownStep = await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/seats/1/misconduct", new { step = "expel", reason = "x" });
        var noReason = await sitting.Proctor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/seats/2/misconduct", new { step = "terminate", reason = "" });
        var html = await sitting.Proctor.GetStringAsync($"/proctor/{sitting.Id}/record");
        var stranger = await host.StaffAsync("record.stranger", "Proctor");

        Assert.Equal(HttpStatusCode.NoContent, warned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownStep.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("<td>违纪：警告</td><td>seat 1</td><td>交头接耳</td><td>proctor.li</td>", html);
        Assert.Contains("应考 2 · 实到 2 · 缺考 0", html);
        Assert.Contains("<td>开考</td>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/proctor/{sitting.Id}/record")).StatusCode);
    }
}
