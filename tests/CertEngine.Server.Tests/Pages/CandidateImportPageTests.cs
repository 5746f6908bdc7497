using System.Net;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>The 考生登记 page's answer to a spreadsheet and photos: the list shows who was just registered, each photo line in one language.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateImportPageTests(ApiHost host)
{
    [Theory]
    [InlineData("", "已匹配并保存", "matched and stored")]
    [InlineData("&lang=en", "matched and stored", "已匹配并保存")]
    public async Task Import_ListAboveTheAnswer_ShowsTheNewCandidates_AndEachPhotoLineIsInThePagesLanguage(string language, string said, string notSaid)
    {
        var manager = await host.StaffAsync("pages.import", "CentreManager");
        var county = "导入" + Guid.NewGuid().ToString("N")[..8];
        var first = ApiHost.NewIdNumber();
        var second = ApiHost.NewIdNumber();
        var file = CandidateImportApiTests.Workbook(
            CandidateImportApiTests.Row("郝新来", first, county, "", "", null),
            CandidateImportApiTests.Row("郝又来", second, county, "", "", null));
        var form = CandidateImportApiTests.Form(file, "名单.xlsx");
        form.Add(new ByteArrayContent(Pictures.Split(400, 560)), "photos", $"{first}.jpg");
        form.Add(new StringContent(await AdminPagesTests.TokenAsync(manager, "/admin/candidates")), "__RequestVerificationToken");

        // The list is filtered to this test's own county, so other tests' candidates do not matter.
        var response = await manager.PostAsync($"/admin/candidates?handler=Import&q={Uri.EscapeDataString(county)}{language}", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("郝新来", html, StringComparison.Ordinal);
        Assert.Contains("郝又来", html, StringComparison.Ordinal);
        Assert.DoesNotContain("没有符合条件的考生", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No candidate matches", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{said}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(notSaid, html, StringComparison.Ordinal);
    }
}
