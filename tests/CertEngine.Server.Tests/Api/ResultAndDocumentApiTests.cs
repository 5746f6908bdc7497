using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CertEngine.Contracts;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Api;

/// <summary>Results tables per sitting and track with their Excel export, and certificates downloaded from the running server.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResultAndDocumentApiTests(ApiHost host)
{
    [Fact]
    public async Task SittingResults_PassFailVoidAbsentAndPending_EachSeatStandsRight()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 5, 4);
        await sitting.RecordAsync(0, ExamComponent.Theory, 82.5m);
        await sitting.RecordAsync(1, ExamComponent.Theory, 59.5m);
        await sitting.RecordAsync(2, ExamComponent.Theory, 90m, voided: true);

        var table = await sitting.Manager.GetFromJsonAsync<JsonElement>($"/api/results/sittings/{sitting.Id}");

        var lines = table.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["passed", "failed", "void", "pending", "absent"], lines.Select(l => l.GetProperty("standing").GetString()));
        Assert.Equal(82.5m, lines[0].GetProperty("score").GetDecimal());
        Assert.Equal(sitting.Names[0], lines[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, lines[4].GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task SittingResults_Xlsx_HoldsEverySeatInWords()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 2, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 61m);

        var response = await sitting.Manager.GetAsync($"/api/results/sittings/{sitting.Id}?format=xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([("合格", sitting.IdNumbers[0]), ("缺考", sitting.IdNumbers[1])], rows.Select(r => ((string)r["结果 Result"]!, (string)r["身份证号 ID number"]!)));
    }

    [Fact]
    public async Task TrackResults_RetakeAndCertificate_ShowEverySittingAndTheCertificate()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 88m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 70m);
        var issued = await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, [sitting.IdNumbers[0]]);

        var table = await sitting.Manager.GetFromJsonAsync<JsonElement>("/api/results/tracks?key=" + Uri.EscapeDataString(ApiHost.Track5));

        var line = table.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("idNumber").GetString() == sitting.IdNumbers[0]);
        Assert.Equal(issued[0].GetProperty("number").GetString(), line.GetProperty("certificateNumber").GetString());
        Assert.Equal("valid", line.GetProperty("certificateStatus").GetString());
        Assert.Equal(88m, line.GetProperty("components").GetProperty("Theory")[0].GetProperty("score").GetDecimal());
        Assert.Equal("passed", line.GetProperty("components").GetProperty("Practical")[0].GetProperty("standing").GetString());
    }

    [Fact]
    public async Task TrackDownloads_NameTheFileWithTheTracksWords_InRfc5987WithAnAsciiFallback()
    {
        var (sitting, _) = await IssuedAsync();
        var track = Uri.EscapeDataString(ApiHost.Track5);

        var workbook = await sitting.Manager.GetAsync($"/api/results/tracks?key={track}&format=xlsx");
        var zip = await sitting.Manager.GetAsync($"/api/certificates/batch?track={track}&format=html");

        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("results-4-10-01-06-家务服务员-5.xlsx", workbook.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("filename*=UTF-8''results-4-10-01-06-", workbook.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.True(Ascii(workbook.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal("certificates-4-10-01-06-家务服务员-5-html.zip", zip.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True(Ascii(zip.Content.Headers.ContentDisposition?.FileName));
    }

    [Fact]
    public async Task Transcript_ListsEveryResultAndTheCertificate_IdMasked()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 58m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 77m);
        var before = await sitting.Manager.GetStringAsync($"/api/results/transcripts/{sitting.IdNumbers[0]}?track={Uri.EscapeDataString(ApiHost.Track5)}");

        Assert.Contains(sitting.Names[0], before);
        Assert.Contains("不合格", before);
        Assert.Contains("合格", before);
        Assert.DoesNotContain(sitting.IdNumbers[0], before);
        Assert.Equal(HttpStatusCode.NotFound,
            (await sitting.Manager.GetAsync($"/api/results/transcripts/{ApiHost.NewIdNumber()}?track={Uri.EscapeDataString(ApiHost.Track5)}")).StatusCode);
    }

    [Theory]
    [InlineData("/api/results/sittings/NOPE")]
    [InlineData("/api/results/tracks?key=no%2Fsuch%2F9")]
    public async Task Results_Unknown_Answers404(string path)
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/api/results/sittings/X?format=csv")]
    [InlineData("/api/results/tracks")]
    public async Task Results_Malformed_Answers400(string path)
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Document_Html_IsTheCertificateWithItsQr_UnderTheDocumentPolicy()
    {
        var (sitting, number) = await IssuedAsync();

        var response = await sitting.Manager.GetAsync($"/api/certificates/{number}/document?format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(number, html);
        Assert.Contains(sitting.Names[0], html);
        Assert.Contains("<svg", html);
        Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Document_Pdf_IsPrintedByChromium()
    {
        var (sitting, number) = await IssuedAsync();

        var response = await sitting.Manager.GetAsync($"/api/certificates/{number}/document?format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Document_Suspended_Answers409InWords()
    {
        var (sitting, number) = await IssuedAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Manager.PostAsJsonAsync($"/api/certificates/{number}/suspend", new { reason = "申诉复核中" })).StatusCode);

        var response = await sitting.Manager.GetAsync($"/api/certificates/{number}/document?format=html");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("证书已暂停，不能打印", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/certificates/S999999999999999999999/document", HttpStatusCode.NotFound)]
    [InlineData("/api/certificates/S999999999999999999999/document?format=docx", HttpStatusCode.BadRequest)]
    [InlineData("/api/certificates/batch?format=html", HttpStatusCode.BadRequest)]
    [InlineData("/api/certificates/batch?track=a&session=b", HttpStatusCode.BadRequest)]
    [InlineData("/api/certificates/batch?session=NOPE", HttpStatusCode.NotFound)]
    public async Task Documents_Malformed_Answer4xx(string path, HttpStatusCode expected)
    {
        var manager = await host.StaffAsync("results.manager", "CentreManager");

        Assert.Equal(expected, (await manager.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Document_Proctor_IsForbidden()
    {
        var (_, number) = await IssuedAsync();
        var proctor = await host.StaffAsync("proctor.li", "Proctor");

        Assert.Equal(HttpStatusCode.Forbidden, (await proctor.GetAsync($"/api/certificates/{number}/document")).StatusCode);
    }

    [Fact]
    public async Task Batch_Sitting_ZipHoldsEachValidCertificateAndListsTheRest()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 3, 3);
        for (var i = 0; i < 3; i++)
        {
            await sitting.RecordAsync(i, ExamComponent.Theory, 80m);
            await sitting.RecordAsync(i, ExamComponent.Practical, 80m);
        }

        var numbers = (await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, sitting.IdNumbers)).Select(l => l.GetProperty("number").GetString()!).ToList();
        Assert.Equal(HttpStatusCode.NoContent, (await sitting.Manager.PostAsJsonAsync($"/api/certificates/{numbers[2]}/revoke", new { reason = "冒名顶替" })).StatusCode);

        var response = await sitting.Manager.GetAsync($"/api/certificates/batch?session={sitting.Id}&format=html");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var list = new StreamReader(zip.GetEntry("清单.txt")!.Open());
        var listed = await list.ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([numbers[0] + ".html", numbers[1] + ".html", "清单.txt"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Contains(numbers[2] + "\t" + sitting.Names[2] + "\t已撤销 (revoked)，未打印", listed);
    }

    [Fact]
    public async Task Batch_TrackPdf_PrintsEveryValidCertificateWithOneChromium()
    {
        var (sitting, number) = await IssuedAsync();

        var response = await sitting.Manager.GetAsync($"/api/certificates/batch?track={Uri.EscapeDataString(ApiHost.Track5)}&format=pdf");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(zip.GetEntry(number + ".pdf"));
    }

    private static bool Ascii(string? name) => !string.IsNullOrEmpty(name) && name.All(char.IsAscii);

    private async Task<(ResultsSitting Sitting, string Number)> IssuedAsync()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 80m);
        var issued = await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, [sitting.IdNumbers[0]]);
        return (sitting, issued[0].GetProperty("number").GetString()!);
    }
}
