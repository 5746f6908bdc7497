using System.Text;
using CertEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Tracks;

/// <summary>
/// A page shows one language: what the tracks page answers after opening a track, and the spreadsheet import's problems,
/// are Chinese on a Chinese page and English on an English one, never both in one line.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OneLanguagePagesTests(BrowserHost host)
{
    [BrowserFact]
    public async Task TracksPage_OpenedMessage_IsInThePagesLanguageOnly()
    {
        // A manager of its own: ?lang=en leaves an English culture cookie that other tests' pages must not inherit.
        var manager = await host.StaffAsync("onelanguage.tracks", "CentreManager");
        await using var browser = await host.NewPageAsync("tracks-one-language", manager, width: 1280);
        var card = browser.Page.Locator($"section.track[data-key='{BrowserHost.Track5}']");

        // Version 1, the one every test opens the track on: opening it again changes nothing and says so.
        await browser.Page.GotoAsync("/admin/tracks");
        await card.Locator("form[action*='handler=Open'] select[name=version]").SelectOptionAsync("1");
        await card.Locator("form[action*='handler=Open'] button").ClickAsync();
        await Expect(browser.Page.Locator("#message")).ToHaveTextAsync($"已开通 {BrowserHost.Track5}，使用题库第 1 版");
        await browser.ScreenshotAsync("chinese");

        await browser.Page.GotoAsync("/admin/tracks?lang=en");
        await card.Locator("form[action*='handler=Open'] select[name=version]").SelectOptionAsync("1");
        await card.Locator("form[action*='handler=Open'] button").ClickAsync();
        await Expect(browser.Page.Locator("#message")).ToHaveTextAsync($"{BrowserHost.Track5} opened on bank version 1");
        await browser.ScreenshotAsync("english");
    }

    [BrowserFact]
    public async Task CandidatesPage_ImportProblems_AreInThePagesLanguageOnly()
    {
        var manager = await host.StaffAsync("onelanguage.import", "CentreManager");
        await using var browser = await host.NewPageAsync("import-one-language", manager, width: 1280);
        var notAWorkbook = new FilePayload
        {
            Name = "名单.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Encoding.UTF8.GetBytes("姓名,身份证号\n王秀英,140402199001011234\n"),
        };

        await browser.Page.GotoAsync("/admin/candidates");
        await browser.Page.SetInputFilesAsync("#file", notAWorkbook);
        await browser.Page.ClickAsync("form[action*='handler=Import'] button[type=submit]");
        await Expect(browser.Page.Locator("#import-result td").Nth(2)).ToHaveTextAsync("无法读取该文件，请上传 .xlsx 格式的考生名单");
        await browser.ScreenshotAsync("chinese");

        await browser.Page.GotoAsync("/admin/candidates?lang=en");
        await browser.Page.SetInputFilesAsync("#file", notAWorkbook);
        await browser.Page.ClickAsync("form[action*='handler=Import'] button[type=submit]");
        await Expect(browser.Page.Locator("#import-result td").Nth(2)).ToHaveTextAsync("not a readable .xlsx workbook");
        await browser.ScreenshotAsync("english");
    }
}
