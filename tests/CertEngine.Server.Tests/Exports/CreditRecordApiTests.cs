using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertEngine.Contracts;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Exports;

/// <summary>Credit records: the documented schema, masking as on the verify page, the Admin's unmasked read (audited), training hours, CSV.</summary>
[Collection(ApiCollection.Name)]
public sealed class CreditRecordApiTests(ApiHost host)
{
    private static readonly string[] Properties = ["schema", "generatedAt", "masked", "holder", "trainingHours", "training", "assessments", "componentsPassed", "certificates"];

    private async Task<(ResultsSitting Sitting, string IdNumber, string Number)> CertifiedAsync()
    {
        var sitting = await ResultsSitting.CreateAsync(host, candidates: 1, checkedIn: 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80);
        await sitting.RecordAsync(0, ExamComponent.Practical, 75.5m);
        var issued = await sitting.Manager.PostAsJsonAsync("/api/certificates/issue-batch", new { track = ApiHost.Track5, idNumbers = sitting.IdNumbers });
        var number = (await issued.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().First().GetProperty("number").GetString()!;
        var training = await sitting.Manager.PostAsJsonAsync("/api/training-hours", new
        {
            entries = new object[]
            {
                new { idNumber = sitting.IdNumbers[0], centre = "长治市家政培训学校", course = "家务服务员五级班", hours = 40.5m, from = "2026-09-01", to = "2026-09-30" },
                new { idNumber = sitting.IdNumbers[0], centre = "长治市家政培训学校", course = "=安全常识", hours = 8, from = "2026-10-08", to = "2026-10-08" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, training.StatusCode);
        return (sitting, sitting.IdNumbers[0], number);
    }

    [Fact]
    public async Task CreditRecord_InTheDocumentedSchema_MaskedAsOnTheVerifyPage()
    {
        var (sitting, id, number) = await CertifiedAsync();

        var record = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{id}/credit-record");

        Assert.Equal(Properties, record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("certengine.credit-record/1", record.GetProperty("schema").GetString());
        Assert.True(record.GetProperty("masked").GetBoolean());
        var name = sitting.Names[0];
        Assert.Equal(name[0] + new string('*', name.Length - 2) + name[^1], record.GetProperty("holder").GetProperty("name").GetString());
        Assert.Equal(id[..4] + new string('*', 10) + id[^4..], record.GetProperty("holder").GetProperty("idNumber").GetString());
        Assert.DoesNotContain(id, record.ToString(), StringComparison.Ordinal);
        Assert.Equal(48.5m, record.GetProperty("trainingHours").GetDecimal());
        Assert.Equal(["家务服务员五级班", "=安全常识"], record.GetProperty("training").EnumerateArray().Select(t => t.GetProperty("course").GetString()));
        Assert.Equal(2, record.GetProperty("componentsPassed").GetInt32());
        Assert.Equal(["practical", "theory"], record.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("component").GetString()).Order());
        var certificate = Assert.Single(record.GetProperty("certificates").EnumerateArray());
        Assert.Equal((number, "valid", "家务服务员", "五级/初级工"), (certificate.GetProperty("number").GetString(), certificate.GetProperty("status").GetString(),
            certificate.GetProperty("workType").GetString(), certificate.GetProperty("level").GetString()));
        Assert.Contains($"/v/{number}?t=", certificate.GetProperty("verifyUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditRecord_Unmasked_OnlyForAnAdmin_AndAudited()
    {
        var (sitting, id, _) = await CertifiedAsync();
        var admin = await host.AdminAsync();

        var refused = await sitting.Manager.GetAsync($"/api/candidates/{id}/credit-record?unmasked=true");
        var record = await admin.GetFromJsonAsync<JsonElement>($"/api/candidates/{id}/credit-record?unmasked=true");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(record.GetProperty("masked").GetBoolean());
        Assert.Equal((sitting.Names[0], id), (record.GetProperty("holder").GetProperty("name").GetString(), record.GetProperty("holder").GetProperty("idNumber").GetString()));
        var candidate = await admin.GetFromJsonAsync<JsonElement>($"/api/candidates/{id}");
        var audit = await admin.GetStringAsync($"/api/audit?subject=candidate/{candidate.GetProperty("internalId").GetString()}");
        Assert.Contains("credit.unmasked", audit, StringComparison.Ordinal);
        Assert.Contains("admin", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditRecord_AsCsv_WithABom_OneRowPerItem_FormulasEscaped()
    {
        var (sitting, id, number) = await CertifiedAsync();

        var response = await sitting.Manager.GetAsync($"/api/candidates/{id}/credit-record?format=csv");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["记录类型", "培训", "培训", "考核", "考核", "证书"], rows.Select(r => r[0]));
        Assert.Contains(rows, r => r[4] == "'=安全常识");
        Assert.Equal(number, rows[^1][10]);
        Assert.All(rows.Skip(1), r => Assert.Equal(id[..4] + new string('*', 10) + id[^4..], r[2]));
    }

    [Fact]
    public async Task TrainingHours_ImportedTwice_AreStoredOnce_AndABadRowRefusesTheBatch()
    {
        var (sitting, id, _) = await CertifiedAsync();
        var entry = new { idNumber = id, centre = "长治市家政培训学校", course = "家务服务员五级班", hours = 40.5m, from = "2026-09-01", to = "2026-09-30" };

        var again = await (await sitting.Manager.PostAsJsonAsync("/api/training-hours", new { entries = new[] { entry } })).Content.ReadFromJsonAsync<JsonElement>();
        var bad = await sitting.Manager.PostAsJsonAsync("/api/training-hours", new
        {
            entries = new object[] { entry with { course = "新课程" }, new { idNumber = id[..17] + "Y", centre = "c", course = "c", hours = 1, from = "2026-09-01", to = "2026-09-01" } },
        });
        var future = await sitting.Manager.PostAsJsonAsync("/api/training-hours", new { entries = new[] { entry with { to = "2099-01-01" } } });
        var none = await sitting.Manager.PostAsJsonAsync("/api/training-hours", new { entries = Array.Empty<object>() });

        Assert.Equal((0, 1), (again.GetProperty("added").GetInt32(), again.GetProperty("sent").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("entries[1].idNumber", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        var record = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{id}/credit-record");
        Assert.Equal(2, record.GetProperty("training").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/candidates/140402198501010011/credit-record", HttpStatusCode.NotFound)]
    [InlineData("/api/candidates/short/credit-record", HttpStatusCode.NotFound)]
    [InlineData("/api/candidates/140402198501010011/credit-record?format=pdf", HttpStatusCode.BadRequest)]
    public async Task CreditRecord_UnknownPersonOrBadFormat_IsAProblem(string path, HttpStatusCode status)
    {
        var manager = await host.StaffAsync("credit.manager", "CentreManager");

        var response = await manager.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
