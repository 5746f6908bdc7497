using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CertEngine.Server.Tests.Api;

namespace CertEngine.Server.Tests.Pages;

/// <summary>
/// The candidate page's photo without script: the form posts the picture as it is and the server crops the middle; a
/// non-picture is refused in words and changes nothing; the page's photo is private; removing it is a form too.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CandidatePhotoPagesTests(ApiHost host)
{
    [Fact]
    public async Task CandidatePage_PostedPicture_IsStoredCropped_ARefusalChangesNothing_AndRemoveTakesItAway()
    {
        var manager = await host.StaffAsync("pages.photo", "CentreManager");
        var idNumber = ApiHost.NewIdNumber();
        var created = await manager.PostAsJsonAsync("/api/candidates", new { name = "欧阳娜娜", idNumber, county = "潞州区" });
        var internalId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("internalId").GetString();
        var path = $"/admin/candidates/{internalId}";
        Assert.Contains("无照片", await manager.GetStringAsync(path), StringComparison.Ordinal);

        var saved = await PostPhotoAsync(manager, path, Pictures.Split(1000, 500, SkiaSharp.SKEncodedImageFormat.Png), "wide.png");
        var photo = await manager.GetAsync(path + "?handler=Photo");
        var refused = await PostPhotoAsync(manager, path, "not a picture"u8.ToArray(), "notes.jpg");
        var after = await manager.GetByteArrayAsync(path + "?handler=Photo");
        var removeForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await AdminPagesTests.TokenAsync(manager, path) });
        var removed = await manager.PostAsync(path + "?handler=RemovePhoto", removeForm);

        Assert.Contains("照片已保存", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.True(photo.Headers.CacheControl is { Private: true, NoStore: true });
        var bytes = await photo.Content.ReadAsByteArrayAsync();
        Assert.Equal(295, Pictures.Read(bytes, 0, 0).Width);
        Assert.True(Pictures.Near(Pictures.Red, Pictures.Read(bytes, 20, 206).Colour));
        Assert.Contains("不是可读取的 JPEG、PNG 或 WebP 图片", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(bytes, after);
        Assert.Contains("照片已删除", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(path + "?handler=Photo")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsync(path + "?handler=RemovePhoto", new FormUrlEncodedContent([]))).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostPhotoAsync(HttpClient client, string path, byte[] picture, string name)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(picture), "photo", name },
            { new StringContent(await AdminPagesTests.TokenAsync(client, path)), "__RequestVerificationToken" },
        };
        return await client.PostAsync(path + "?handler=Photo", form);
    }
}
