using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Staff;

/// <summary>The assessor's rubric form in Chromium: bounded numbers, a confirmation, and a signed sheet that stays signed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessorPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Assessor_ScoresATaskOnThePage_TheSheetIsSigned()
    {
        var sitting = await StaffSittings.PracticalAsync(host);
        var assessor = sitting.Assessors[1];
        await using var browser = await host.NewPageAsync("assessor-score", assessor);
        var page = browser.Page;

        await page.GotoAsync("/assess");
        await Expect(page.Locator($"section[data-session='{sitting.Id}']")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("desk");
        await page.Locator($"section[data-session='{sitting.Id}'] ul.tasks a").First.ClickAsync();
        await Expect(page.Locator("form#sheet")).ToBeVisibleAsync();

        // The form reads like the rubric: the assessor types deductions (扣分), the page shows what they leave.
        var inputs = page.Locator("form#sheet input[type=number]");
        var expected = 0m;
        for (var i = 0; i < await inputs.CountAsync(); i++)
        {
            var max = decimal.Parse((await inputs.Nth(i).GetAttributeAsync("data-max"))!, CultureInfo.InvariantCulture);
            var deducted = i == 0 ? 3m : 0m;
            expected += max - deducted;
            await inputs.Nth(i).FillAsync(deducted.ToString(CultureInfo.InvariantCulture));
        }

        var first = inputs.Nth(0);
        var firstMax = decimal.Parse((await first.GetAttributeAsync("data-max"))!, CultureInfo.InvariantCulture);
        await Expect(page.Locator($"#a-{(await first.GetAttributeAsync("id"))![2..]}")).ToHaveTextAsync((firstMax - 3).ToString("0.##", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#deducted")).ToHaveTextAsync("3");
        await Expect(page.Locator("#total")).ToHaveTextAsync(expected.ToString("0.##", CultureInfo.InvariantCulture));
        await Expect(page.Locator(".confirm-total")).ToHaveTextAsync(expected.ToString("0.##", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#progress")).ToContainTextAsync("已签署 0 份");
        await first.FillAsync("999");
        await Expect(page.Locator("form#sheet .over").First).ToBeVisibleAsync();
        await first.FillAsync("3");
        await Expect(page.Locator("form#sheet .over").First).ToBeHiddenAsync();
        await page.FillAsync("#Remark", "第一项操作略有不足");
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.ClickAsync("form#sheet button[type=submit]");
        await Expect(page.Locator("form#sheet")).ToBeVisibleAsync(); // not signed until the one confirmation is ticked
        await page.CheckAsync("input[name=Confirmed]");
        await browser.ScreenshotAsync("filled");
        await page.ClickAsync("form#sheet button[type=submit]");
        await Expect(page.Locator("#signed")).ToBeVisibleAsync();
        await Expect(page.Locator("#signed-total")).ToHaveTextAsync(expected.ToString("0.##", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#signed-deducted")).ToHaveTextAsync("3");
        await Expect(page.Locator("#progress")).ToContainTextAsync("已签署 1 份");
        await Expect(page.Locator("#next")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("signed");

        var taskId = page.Url.Split('/')[^1];
        var sheet = await assessor.GetFromJsonAsync<JsonElement>($"/api/practical/{sitting.Id}/{sitting.Tickets[0]}/tasks/{taskId}");
        Assert.Equal(0, dialogs); // one confirmation (the signing checkbox), no second dialog
        Assert.Equal("第一项操作略有不足", sheet.GetProperty("ownSheet").GetProperty("remark").GetString());
        Assert.Equal(expected, sheet.GetProperty("ownSheet").GetProperty("awarded").EnumerateObject().Sum(p => p.Value.GetDecimal()));
    }
}
