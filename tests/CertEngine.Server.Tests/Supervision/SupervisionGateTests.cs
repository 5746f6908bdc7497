using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;
using CertEngine.Server.Tests.Publicity;
using CertEngine.Storage.Records.Supervision;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Supervision;

/// <summary>
/// 逢考必督 on the paths every publication and every issuance take: a sitting's results are held back from 公示 and from
/// certification until its supervision record is signed, with the reason in words, and released after. Its own server,
/// because it moves the clock past the 公示 period.
/// </summary>
public sealed class SupervisionGateTests(SupervisedHost host) : IClassFixture<SupervisedHost>
{
    [Fact]
    public async Task Gates_ResultsHeldUntilTheRecordIsSigned_ThenReleased()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 2);
        var supervisor = await SupervisionApiTests.AssignedSupervisorAsync(host, sitting.Id, "supervisor.wang");
        // Closed first: the close hands the (empty) papers in; the results the test means are recorded after it.
        await SupervisionApiTests.CloseAsync(host, sitting.Id);
        for (var i = 0; i < 2; i++)
        {
            await sitting.RecordAsync(i, ExamComponent.Theory, 82m);
            await sitting.RecordAsync(i, ExamComponent.Practical, 75m);
        }

        var heldPublication = await SupervisionApiTests.PublishRangeAsync(sitting);
        var heldIssue = await PublicityApiTests.IssueAsync(sitting, sitting.IdNumbers[0]);
        var draft = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", SupervisionApiTests.Filing(sign: false, open: "timing"));
        var stillHeld = await SupervisionApiTests.PublishRangeAsync(sitting);
        var signed = await supervisor.PostAsJsonAsync($"/api/sessions/{sitting.Id}/supervision", SupervisionApiTests.Filing(sign: true));
        // The practical results of the fixture come from a stand-in sitting ({id}-P) that has no page: its signed record is stored as it.
        await host.Services.GetRequiredService<ISupervisionRecords>().AppendAsync(new SupervisionRecordRow(
            "p-" + sitting.Id, sitting.Id + "-P", ApiHost.Track5, "supervisor.wang", "supervisor.wang", false, true, null, [], "", host.Clock.GetUtcNow()));
        var published = await SupervisionApiTests.PublishRangeAsync(sitting);
        var notice = await published.Content.ReadFromJsonAsync<JsonElement>();
        var endsOn = DateOnly.Parse(notice.GetProperty("endsOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        host.Clock.SetUtcNow(new DateTimeOffset(endsOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await ApiHost.SignInAsync(sitting.Manager, "results.manager", ApiHost.Password);
        var issued = await PublicityApiTests.IssueAsync(sitting, sitting.IdNumbers[0]);

        Assert.Equal(HttpStatusCode.Conflict, heldPublication.StatusCode);
        var why = await heldPublication.Content.ReadAsStringAsync();
        Assert.Contains(nameof(RefusalCode.SupervisionUnsigned), why);
        Assert.Contains($"场次 {sitting.Id} 的督导记录尚未签字确认", why);
        Assert.Contains("督导记录尚未签字确认", PublicityApiTests.Cause(heldIssue));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stillHeld.StatusCode);
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        Assert.True(published.StatusCode == HttpStatusCode.Created, notice.ToString());
        Assert.Equal("issued", issued.GetProperty("outcome").GetString());
    }
}
