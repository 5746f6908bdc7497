using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CertEngine.Server.Tests.Api;

/// <summary><c>PUT /api/candidates/{idNumber}</c>: corrections to a profile, audited, refused in words for bad input.</summary>
[Collection(ApiCollection.Name)]
public sealed class CandidateEditApiTests(ApiHost host)
{
    [Fact]
    public async Task Edit_NameCountyTagsPhone_IsSavedListedAndAuditedWithWhoChangedWhat()
    {
        var manager = await host.StaffAsync("edit.manager", "CentreManager");
        var idNumber = ApiHost.NewIdNumber();
        var created = await (await manager.PostAsJsonAsync("/api/candidates", new { name = "王秀英", idNumber, county = "潞州区", tags = new[] { "春季班" } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var edited = await manager.PutAsJsonAsync($"/api/candidates/{idNumber}", new { name = " 王秀云 ", county = "上党区", tags = new[] { "春季班", "复训" }, phone = "138 0013 8000" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var profile = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("profile");
        Assert.Equal(("王秀云", "上党区", "13800138000", idNumber), (profile.GetProperty("name").GetString(), profile.GetProperty("county").GetString(),
            profile.GetProperty("phone").GetString(), profile.GetProperty("idNumber").GetString()));
        var listed = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates?q={idNumber[^6..]}");
        Assert.Equal("13800138000", Assert.Single(listed.GetProperty("candidates").EnumerateArray()).GetProperty("phone").GetString());
        var internalId = created.GetProperty("internalId").GetString();
        var audit = await (await host.AdminAsync()).GetStringAsync($"/api/audit?subject=candidate/{internalId}");
        Assert.Contains("candidate.edited", audit, StringComparison.Ordinal);
        Assert.Contains("edit.manager", audit, StringComparison.Ordinal);
        Assert.Contains("name: 王秀英 -> 王秀云", audit, StringComparison.Ordinal);
        Assert.Contains("phone:  -> 13800138000", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"李桂芝","phone":"12345"}""", "手机号")]
    [InlineData("""{"name":"李桂芝","tags":["a,b"]}""", "标签")]
    [InlineData("""{"name":"李桂\n芝"}""", "姓名")]
    [InlineData("""{"name":"   "}""", "请填写姓名 (Name required)")]
    [InlineData("""{"name":"李桂芝","phone":"123456789012345678901234567890123"}""", "电话过长 (Phone too long)")]
    [InlineData("""{"name":"李桂芝","idNumber":"110101199003074477"}""", "身份证号码与考生记录不符")]
    public async Task Edit_BadInput_IsRefusedInWords_AndChangesNothing(string body, string words)
    {
        var manager = await host.StaffAsync("edit.manager2", "CentreManager");
        var idNumber = ApiHost.NewIdNumber();
        await manager.PostAsJsonAsync("/api/candidates", new { name = "李桂芝", idNumber, county = "潞州区" });

        var response = await manager.PutAsync($"/api/candidates/{idNumber}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains(words, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await manager.GetFromJsonAsync<JsonElement>($"/api/candidates/{idNumber}");
        Assert.Equal(("李桂芝", "潞州区"), (after.GetProperty("profile").GetProperty("name").GetString(), after.GetProperty("profile").GetProperty("county").GetString()));
    }

    [Fact]
    public async Task Edit_AnUnregisteredNumber_IsRefused()
    {
        var manager = await host.StaffAsync("edit.manager3", "CentreManager");

        var response = await manager.PutAsJsonAsync($"/api/candidates/{ApiHost.NewIdNumber()}", new { name = "无名" });
        var notANumber = await manager.PutAsJsonAsync($"/api/candidates/{new string('1', 300)}", new { name = "无名" });

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains("考生尚未实名登记", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notANumber.StatusCode);
    }
}
