using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Batches (批次) on the November 2026 release's data folder: its sittings, scheduled before batches existed, stay in no
/// batch and keep working (pages, rosters), and their tickets, stored before a ticket was one person's,
/// keep their holder: the same person may have them again, another person may not.
/// </summary>
[Collection(OldDataCollection.Name)]
public sealed class OldDataBatchTests(OldDataHost host)
{
    [Fact]
    public async Task OldSittings_StayInNoBatch_AndTheirTicketsStayTheirHolders()
    {
        var admin = await host.AdminAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var sittings = (await admin.GetFromJsonAsync<JsonElement>("/api/sessions")).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var plans = await Task.WhenAll(sittings.Select(id => grains.GetGrain<IExamSessionGrain>(id).GetAsync()));
        var seat = plans[0]!.Plan.Roster[0];
        var (ticket, holder) = (seat.Ticket, seat.IdNumber);
        var stranger = ApiHost.NewIdNumber();

        var page = await admin.GetAsync("/admin/sessions?track=" + Uri.EscapeDataString(ApiHost.Track5));
        var batches = await admin.GetFromJsonAsync<JsonElement>("/api/batches");
        var ticketGrain = grains.GetGrain<IAdmissionTicketGrain>(AdmissionTicketKey.Of(ticket));
        var toStranger = await ticketGrain.BindAsync(new AdmissionTicket(ticket, "OLD-NEW-SITTING", stranger, 1));
        var toHolder = await ticketGrain.BindAsync(new AdmissionTicket(ticket, "OLD-NEW-SITTING", holder, 1));
        await ticketGrain.WithdrawAsync("OLD-NEW-SITTING", holder);

        Assert.Equal(2, sittings.Count);
        Assert.All(plans, p => Assert.Null(p!.Plan.BatchId));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("不分批", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, batches.GetArrayLength());
        Assert.Equal("BatchTicketHeldByAnother", toStranger.Reason?.Code.ToString());
        Assert.True(toHolder.Accepted);
        Assert.All(await ticketGrain.GetAsync(), b => Assert.Equal(holder, b.IdNumber));
    }
}
