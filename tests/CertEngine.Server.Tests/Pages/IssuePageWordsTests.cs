using System.Net.Http.Json;
using CertEngine.Contracts;
using CertEngine.Server.Features.Results;
using CertEngine.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace CertEngine.Server.Tests.Pages;

/// <summary>
/// The 发证 and certificate pages' smaller words: the issue button is disabled when nobody on the page can be issued, the
/// certificate ZIPs say they take a while, and Chinese labels end with "：" while the English keep ": ".
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IssuePageWordsTests(ApiHost host)
{
    private const string Track4 = "4-10-01-06/家务服务员/4";

    [Fact]
    public async Task IssuePage_NobodyReadyOnThePage_DisablesTheIssueButton_AndEnablesItWhereSomeoneIs()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 80m);
        // Level 4 of the same occupation: nobody in this host holds a result in it, so nobody there can be issued.
        var opened = await sitting.Manager.PostAsJsonAsync("/api/tracks/open", new { key = Track4, bankVersion = 1 });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());

        var nobody = await sitting.Manager.GetStringAsync("/admin/certificates/issue?track=" + Uri.EscapeDataString(Track4));
        // The page is clamped to the last one, which holds the candidate just enrolled: ready.
        var someone = await sitting.Manager.GetStringAsync("/admin/certificates/issue?track=" + Uri.EscapeDataString(ApiHost.Track5) + "&p=99999");

        Assert.Contains("id=\"issue-button\" disabled=\"disabled\"", nobody, StringComparison.Ordinal);
        Assert.Contains("本页没有可发证的考生", nobody, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Key(sitting.IdNumbers[0])}\"", someone, StringComparison.Ordinal);
        Assert.Contains("id=\"issue-button\">", someone, StringComparison.Ordinal);
        Assert.DoesNotContain("本页没有可发证的考生", someone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "证书核验地址（二维码与“本证书核验”）：<code>", "本项目证书下载：", "可能需要一两分钟", "下载：<a")]
    [InlineData("&lang=en", "(QR code and verify line): <code>", "This track&#x27;s certificates: ", "a minute or two", "Download: <a")]
    public async Task IssueAndCertificatePages_ColonsFitTheLanguage_AndTheZipsSayTheyTakeAWhile(string language, string verify, string downloads, string wait, string download)
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, ExamComponent.Practical, 80m);
        var number = (await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, [sitting.IdNumbers[0]]))[0].GetProperty("number").GetString()!;

        var issue = await sitting.Manager.GetStringAsync("/admin/certificates/issue?track=" + Uri.EscapeDataString(ApiHost.Track5) + language);
        var certificate = await sitting.Manager.GetStringAsync("/admin/certificates?q=" + number + language);

        Assert.Contains(verify, issue, StringComparison.Ordinal);
        Assert.Contains(downloads, issue, StringComparison.Ordinal);
        Assert.Contains(wait, issue, StringComparison.Ordinal);
        Assert.Contains(download, certificate, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}[）”]?\)?: ", issue);
        Assert.DoesNotContain("下载:", certificate, StringComparison.Ordinal);
    }

    private string Key(string idNumber) => host.Services.GetRequiredService<CandidateRowKeys>().Of(idNumber);
}
