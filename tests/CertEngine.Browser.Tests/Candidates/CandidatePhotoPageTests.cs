using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Browser.Tests.Infrastructure;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace CertEngine.Browser.Tests.Candidates;

/// <summary>
/// 人证合一 in Chromium: a manager crops and uploads a candidate's photo on the candidate page (no photo shows 无照片 first);
/// the proctor then sees it beside the name at check-in, and the admission tickets print it (the candidate without one
/// gets the placeholder, never a broken image). Photos for many candidates go up as a ZIP named by ID number. On a
/// desktop and a 360 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CandidatePhotoPageTests(BrowserHost host)
{
    [BrowserFact]
    public async Task Photo_CroppedOnTheCandidatePage_ShowsAtCheckInAndOnTheTicket_OnADesktop() => await UploadAndSeeAsync("photo-desktop", 1280);

    [BrowserFact]
    public async Task Photo_CroppedOnTheCandidatePage_ShowsAtCheckInAndOnTheTicket_OnAPhone() => await UploadAndSeeAsync("photo-phone", 360);

    [BrowserFact]
    public async Task Photos_AsAZipNamedByIdNumber_AreMatchedWithALinePerFile()
    {
        var manager = await host.StaffAsync("photo.bulk", "CentreManager");
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var idNumber = BrowserHost.NewIdNumber();
            (await manager.PostAsJsonAsync("/api/candidates", new { name = $"照片考生{i}", idNumber, county = "潞州区" })).EnsureSuccessStatusCode();
            ids.Add(idNumber);
        }

        var zip = Path.Combine(Path.GetTempPath(), $"photos-{Guid.NewGuid():N}.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in new[] { ($"{ids[0]}.jpg", Picture(600, 800)), ($"{ids[1]}.png", Picture(300, 420, SKEncodedImageFormat.Png)), ($"{BrowserHost.NewIdNumber()}.jpg", Picture(300, 420)) })
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        await using var browser = await host.NewPageAsync("photo-bulk", manager, width: 360);
        var page = browser.Page;
        await page.GotoAsync("/admin/candidates");
        await page.SetInputFilesAsync("#photo-files", zip);
        await page.ClickAsync("form[action*='handler=Photos'] button[type=submit]");

        await Expect(page.Locator("#photo-summary")).ToContainTextAsync("共 3 个文件，已保存 2 张照片");
        await Expect(page.Locator("#photo-report tr[data-outcome=matched]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#photo-report tr[data-outcome=no-candidate]")).ToContainTextAsync("没有该身份证号的考生");
        await browser.ScreenshotAsync("report");
        Assert.True((await manager.GetAsync($"/api/candidates/{ids[1]}/photo")).IsSuccessStatusCode);
        File.Delete(zip);
    }

    private async Task UploadAndSeeAsync(string name, int width)
    {
        var sitting = await host.SittingAsync(candidates: 2, start: false);
        var manager = await host.StaffAsync("manager.zhang", "CentreManager");
        var internalId = (await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{sitting.IdNumbers[0]}")).GetProperty("internalId").GetString();
        var file = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(file, Picture(900, 1200));

        await using (var browser = await host.NewPageAsync(name + "-candidate", manager, width: width))
        {
            var page = browser.Page;
            await page.GotoAsync($"/admin/candidates/{internalId}");
            await Expect(page.Locator("#current-photo.no-photo")).ToContainTextAsync("无照片");
            await page.SetInputFilesAsync("#photo", file);
            await Expect(page.Locator("#cropper")).ToBeVisibleAsync();
            var frame = await page.Locator("#crop-canvas").BoundingBoxAsync();
            Assert.NotNull(frame);
            Assert.True(frame.X + frame.Width <= width, $"the crop frame ends at {frame.X + frame.Width} px on a {width} px screen");
            await page.Locator("#crop-zoom").FillAsync("1.5");
            await page.Mouse.MoveAsync(frame.X + frame.Width / 2, frame.Y + frame.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(frame.X + frame.Width / 2 + 20, frame.Y + frame.Height / 2 + 10, new() { Steps = 4 });
            await page.Mouse.UpAsync();
            await browser.ScreenshotAsync("cropping");
            await page.ClickAsync("#photo-upload");

            await Expect(page.Locator("#saved")).ToContainTextAsync("照片已保存");
            await Expect(page.Locator("img#current-photo")).ToBeVisibleAsync();
            Assert.Equal(295, await NaturalWidthAsync(page, "img#current-photo"));
            await Expect(page.Locator("#trail")).ToContainTextAsync("candidate.photo");
            await browser.ScreenshotAsync("saved");
        }

        await using (var browser = await host.NewPageAsync(name + "-check-in", sitting.Proctor, width: width))
        {
            var page = browser.Page;
            await page.GotoAsync($"/proctor/{sitting.Id}");
            await Expect(page.Locator("#roster tr[data-seat='1'] img.seat-photo")).ToBeVisibleAsync();
            Assert.Equal(295, await NaturalWidthAsync(page, "#roster tr[data-seat='1'] img.seat-photo"));
            await Expect(page.Locator("#roster tr[data-seat='2'] .seat-photo.none")).ToHaveTextAsync("无照片");
            await browser.ScreenshotAsync("roster");

            await page.GotoAsync($"/proctor/{sitting.Id}/tickets");
            await Expect(page.Locator("img.photo")).ToHaveCountAsync(1);
            Assert.StartsWith("data:image/jpeg;base64,", await page.Locator("img.photo").GetAttributeAsync("src"), StringComparison.Ordinal);
            Assert.Equal(295, await NaturalWidthAsync(page, "img.photo"));
            await Expect(page.Locator("div.photo")).ToContainTextAsync("无照片");
            await browser.ScreenshotAsync("tickets");
        }

        File.Delete(file);
    }

    // The picture's own width once loaded: 0 would be a broken image.
    private static async Task<int> NaturalWidthAsync(Microsoft.Playwright.IPage page, string selector)
    {
        await page.WaitForFunctionAsync("s => { const i = document.querySelector(s); return i && i.complete; }", selector);
        return await page.EvalOnSelectorAsync<int>(selector, "i => i.naturalWidth");
    }

    // Red above, blue below: a face-like enough stand-in.
    private static byte[] Picture(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(220, 20, 20));
            using var blue = new SKPaint { Color = new SKColor(20, 20, 220) };
            canvas.DrawRect(0, height / 2f, width, height / 2f, blue);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
