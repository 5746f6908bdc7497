using System.Text;
using CertEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Banks;

/// <summary>An administrator on a phone uploads a bank with an error, sees it by file and line, uploads the fix and publishes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BanksPageTests(BrowserHost host)
{
    private const string Specialty = "ZX-MYHL";

    [BrowserFact]
    public async Task Admin_UploadsABrokenThenAFixedBank_PublishesTheNextVersion()
    {
        var admin = await host.AdminAsync();
        await using var browser = await host.NewPageAsync("banks-publish", admin);
        var page = browser.Page;
        var files = Source();
        var broken = files.Select(f => f.Name == "postpartum.yaml"
            ? new FilePayload { Name = f.Name, MimeType = f.MimeType, Buffer = Encoding.UTF8.GetBytes(ReplaceFirst(Encoding.UTF8.GetString(f.Buffer), "    version: 1\n", "    version: 0\n")) }
            : f).ToArray();
        var brokenLine = Encoding.UTF8.GetString(files.Single(f => f.Name == "postpartum.yaml").Buffer).Split('\n').ToList().IndexOf("    version: 1") + 1;

        await page.GotoAsync("/admin");
        await page.ClickAsync("a[href='/admin/banks']");
        await Expect(page.Locator($"#bank-{Specialty} tr.version-row[data-version='1']")).ToBeVisibleAsync();
        await page.SetInputFilesAsync("#file", broken);
        await page.ClickAsync("form[enctype] button[type=submit]");
        await Expect(page.Locator("#check-result")).ToBeVisibleAsync();
        await Expect(page.Locator("#problems")).ToContainTextAsync($"postpartum.yaml:{brokenLine}");
        await Expect(page.Locator("#publish")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("problems");

        await page.GotoAsync("/admin/banks");
        await page.SetInputFilesAsync("#file", files);
        await page.ClickAsync("form[enctype] button[type=submit]");
        var next = CertEngine.TestSupport.RepositoryPaths.ShippedVersions(Specialty)[^1] + 1;
        await Expect(page.Locator("#publish")).ToHaveTextAsync($"发布为第 {next} 版");
        await browser.ScreenshotAsync("clean");
        await page.ClickAsync("#publish");

        await Expect(page.Locator("#published")).ToBeVisibleAsync();
        var row = page.Locator($"#bank-{Specialty} tr.version-row[data-version='{next}']");
        await Expect(row).ToContainTextAsync("网页发布");
        await Expect(row).ToContainTextAsync("admin");
        await browser.ScreenshotAsync("published");
    }

    private static FilePayload[] Source()
    {
        var folder = Path.Combine(BrowserHost.RepositoryRoot(), "question-banks", Specialty);
        return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}versions{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => new FilePayload { Name = Path.GetFileName(f), MimeType = "application/yaml", Buffer = File.ReadAllBytes(f) })
            .ToArray();
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
