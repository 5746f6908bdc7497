using System.Net;
using System.Text.RegularExpressions;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>The administration pages: who may open each, and their forms end to end (anti-forgery token included).</summary>
[Collection(ApiCollection.Name)]
public sealed partial class AdminPagesTests(ApiHost host)
{
    public static TheoryData<string, string[]> Pages => new()
    {
        { "/admin", ["Admin", "CentreManager", "Proctor", "Assessor"] },
        { "/account/password", ["Admin", "CentreManager", "Proctor", "Assessor"] },
        { "/admin/candidates", ["Admin", "CentreManager"] },
        { "/admin/certificates", ["Admin", "CentreManager"] },
        { "/admin/exports", ["Admin", "CentreManager"] },
        { "/admin/exports/near-duplicates", ["Admin", "CentreManager"] },
        { "/admin/staff", ["Admin"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_EachKindOfCaller_GetsItsCell(string path, string[] allowed)
    {
        var callers = new List<(string Role, HttpClient Client)>
        {
            ("anonymous", host.NewClient()),
            ("Admin", await host.AdminAsync()),
            ("CentreManager", await host.StaffAsync("pages.manager", "CentreManager")),
            ("Proctor", await host.StaffAsync("pages.proctor", "Proctor")),
            ("Assessor", await host.StaffAsync("pages.assessor", "Assessor")),
        };

        foreach (var (role, client) in callers)
        {
            var response = await client.GetAsync(path);

            var cell = response.StatusCode switch
            {
                HttpStatusCode.OK => "200",
                HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/sign-in", StringComparison.Ordinal) => "sign-in",
                HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal) => "403",
                _ => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var expected = role == "anonymous" ? "sign-in" : allowed.Contains(role) ? "200" : "403";
            Assert.True(expected == cell, $"{role} GET {path}: expected {expected}, got {cell}");
        }
    }

    [Fact]
    public async Task CandidatesPage_Chinese_ByDefault()
    {
        var admin = await host.AdminAsync();

        var html = await admin.GetStringAsync("/admin/candidates");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("批量导入", html);
    }

    [Fact]
    public async Task CandidatesPage_ImportWithBadRow_ShowsRowAndColumnAndRegistersNobody()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var good = ApiHost.NewIdNumber();
        var file = CandidateImportApiTests.Workbook(
            CandidateImportApiTests.Row("张三", good, "", "", "", null),
            CandidateImportApiTests.Row("李四", "12345", "", "", "", null));
        var form = CandidateImportApiTests.Form(file, "名单.xlsx");
        form.Add(new StringContent(await TokenAsync(manager, "/admin/candidates")), "__RequestVerificationToken");

        var response = await manager.PostAsync("/admin/candidates?handler=Import", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未登记任何考生", html);
        Assert.Matches(@"<td>3</td><td>身份证号</td><td>身份证号应为 18 位", html);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/candidates/{good}")).StatusCode);
    }

    [Fact]
    public async Task CandidatesPage_ImportWithPhotos_RegistersTheListThenStoresEachPhotoByIdNumber()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var (withPhoto, without) = (ApiHost.NewIdNumber(), ApiHost.NewIdNumber());
        var form = CandidateImportApiTests.Form(CandidateImportApiTests.Workbook(
            CandidateImportApiTests.Row("王芳", withPhoto, "", "", "", null),
            CandidateImportApiTests.Row("李娜", without, "", "", "", null)), "名单.xlsx");
        form.Add(new ByteArrayContent(Pictures.Split(600, 800)), "photos", $"{withPhoto}.jpg");
        form.Add(new ByteArrayContent(Pictures.Split(600, 800)), "photos", "not-an-id-number.jpg");
        form.Add(new StringContent(await TokenAsync(manager, "/admin/candidates")), "__RequestVerificationToken");

        var html = await (await manager.PostAsync("/admin/candidates?handler=Import", form)).Content.ReadAsStringAsync();
        // Filtered by this test's own ID numbers: the shared host holds other tests' candidates without photos too.
        var missingWithout = await manager.GetStringAsync($"/api/candidates?photo=missing&q={without}");
        var missingWith = await manager.GetStringAsync($"/api/candidates?photo=missing&q={withPhoto}");

        Assert.Contains("新登记 2 人", html);
        Assert.Contains("共 2 个文件，已保存 1 张照片", html);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/candidates/{withPhoto}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/candidates/{without}/photo")).StatusCode);
        Assert.Contains("李娜", missingWithout);
        Assert.DoesNotContain("王芳", missingWith);
    }

    [Fact]
    public async Task CandidatesPage_ImportWithPhotos_ListWithErrors_StoresNoPhoto()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var good = ApiHost.NewIdNumber();
        var form = CandidateImportApiTests.Form(CandidateImportApiTests.Workbook(
            CandidateImportApiTests.Row("张三", good, "", "", "", null),
            CandidateImportApiTests.Row("李四", "12345", "", "", "", null)), "名单.xlsx");
        form.Add(new ByteArrayContent(Pictures.Split(600, 800)), "photos", $"{good}.jpg");
        form.Add(new StringContent(await TokenAsync(manager, "/admin/candidates")), "__RequestVerificationToken");

        var html = await (await manager.PostAsync("/admin/candidates?handler=Import", form)).Content.ReadAsStringAsync();

        Assert.Contains("照片也未保存", html);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/candidates/{good}/photo")).StatusCode);
    }

    [Fact]
    public async Task CandidatesPage_PostWithoutAntiforgeryToken_IsRefused()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");

        var response = await manager.PostAsync("/admin/candidates?handler=Register",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "张三", ["IdNumber"] = ApiHost.NewIdNumber() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CandidatesPage_RegisterOne_ShowsTheCandidate()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var id = ApiHost.NewIdNumber();

        var response = await manager.PostAsync("/admin/candidates?handler=Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "刘芳", ["IdNumber"] = id, ["County"] = "上党区", ["Tags"] = "太行家政",
            ["__RequestVerificationToken"] = await TokenAsync(manager, "/admin/candidates"),
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("已登记 (registered)", html);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/candidates/{id}")).StatusCode);
    }

    [Fact]
    public async Task CertificatesPage_Revoke_ChangesStatusAndRecordsTheReason()
    {
        var manager = await host.StaffAsync("pages.manager", "CentreManager");
        var number = (await new CertificateSearchApiTests(host).IssueAsync(ApiHost.NewIdNumber(), 1))[0];

        var response = await manager.PostAsync("/admin/certificates?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = number, ["action"] = "revoke", ["reason"] = "以欺骗手段取得", ["q"] = number, ["publicReason"] = "true",
            ["__RequestVerificationToken"] = await TokenAsync(manager, "/admin/certificates?q=" + number),
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"已撤销证书 {number}，原因已在验证页公开。", html);
        Assert.DoesNotContain("(done)", html);
        Assert.Contains("badge-revoked", html);
        Assert.Contains("<td>以欺骗手段取得</td>", html);
    }

    [Fact]
    public async Task StaffPage_Create_AddsAnAccountThatCanSignIn()
    {
        var admin = await host.AdminAsync();
        var userName = "page.created." + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.PostAsync("/admin/staff?handler=Create", new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
        {
            new("UserName", userName), new("DisplayName", "新监考员"), new("Roles", "Proctor"), new("Password", ApiHost.Password),
            new("__RequestVerificationToken", await TokenAsync(admin, "/admin/staff")),
        }));

        Assert.Contains("账户已创建 (account created)", await response.Content.ReadAsStringAsync());
        var client = host.NewClient();
        await ApiHost.SignInAsync(client, userName, ApiHost.Password);
    }

    internal static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return AntiforgeryField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"no anti-forgery token on {path}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
