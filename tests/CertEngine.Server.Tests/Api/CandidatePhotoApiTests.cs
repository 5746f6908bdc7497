using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SkiaSharp;

namespace CertEngine.Server.Tests.Api;

/// <summary>
/// Candidates' photos over the API: <c>PUT/GET/DELETE /api/candidates/{idNumber}/photo</c> (normalised to a 295×413 JPEG,
/// upright, without metadata; hostile uploads refused in words, changing nothing; audited), the bulk upload
/// <c>POST /api/candidates/photos</c>, and the proctor's <c>GET /api/sessions/{id}/seats/{seat}/photo</c>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CandidatePhotoApiTests(ApiHost host)
{
    [Fact]
    public async Task Put_APhonePhotoWithExif_IsStoredUprightAs295x413Jpeg_WithoutMetadata_PrivateAndAudited()
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (idNumber, internalId) = await RegisterAsync(manager, "王秀英");
        // Stored sideways (red left, blue right) with EXIF 6: upright it is red on top, blue below.
        var upload = Pictures.WithExifOrientation(Pictures.Split(1600, 1200), 6);

        var put = await manager.PutAsync($"/api/candidates/{idNumber}/photo", Body(upload, "image/jpeg"));
        var get = await manager.GetAsync($"/api/candidates/{idNumber}/photo");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stored = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((295, 413, false), (stored.GetProperty("width").GetInt32(), stored.GetProperty("height").GetInt32(), stored.GetProperty("replaced").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("image/jpeg", get.Content.Headers.ContentType?.MediaType);
        Assert.True(get.Headers.CacheControl is { Private: true, NoStore: true }, get.Headers.CacheControl?.ToString());
        var jpeg = await get.Content.ReadAsByteArrayAsync();
        var (width, height, top) = Pictures.Read(jpeg, 147, 20);
        Assert.Equal((295, 413), (width, height));
        Assert.True(Pictures.Near(Pictures.Red, top), $"top {top}");
        Assert.True(Pictures.Near(Pictures.Blue, Pictures.Read(jpeg, 147, 393).Colour));
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        Assert.DoesNotContain("CAMERA1", Encoding.ASCII.GetString(jpeg), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(jpeg), StringComparison.Ordinal);
        var audit = await (await host.AdminAsync()).GetStringAsync($"/api/audit?subject=candidate/{internalId}");
        Assert.Contains("candidate.photo", audit, StringComparison.Ordinal);
        Assert.Contains("photo.manager", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_AWidePngAsAForm_IsCentreCroppedTo5By7_AndReplacingIsAudited()
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (idNumber, internalId) = await RegisterAsync(manager, "李桂芝");
        await manager.PutAsync($"/api/candidates/{idNumber}/photo", Body(Pictures.Split(400, 560), "image/jpeg"));

        // 1000×500, red left of the middle and blue right: the 5:7 middle keeps both, red on its left.
        var replaced = await manager.PutAsync($"/api/candidates/{idNumber}/photo", Form(Pictures.Split(1000, 500, SKEncodedImageFormat.Png), "wide.png"));
        var jpeg = await manager.GetByteArrayAsync($"/api/candidates/{idNumber}/photo");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.True((await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replaced").GetBoolean());
        Assert.True(Pictures.Near(Pictures.Red, Pictures.Read(jpeg, 20, 206).Colour));
        Assert.True(Pictures.Near(Pictures.Blue, Pictures.Read(jpeg, 275, 206).Colour));
        var audit = await (await host.AdminAsync()).GetStringAsync($"/api/audit?subject=candidate/{internalId}");
        Assert.Contains("照片已更换 (photo replaced)", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public async Task Put_EachFormatTaken_IsStoredAsA295x413Jpeg(SKEncodedImageFormat format, string type)
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (idNumber, _) = await RegisterAsync(manager, "钱芳");

        var put = await manager.PutAsync($"/api/candidates/{idNumber}/photo", Body(Pictures.Split(500, 700, format, across: true), type));
        var jpeg = await manager.GetByteArrayAsync($"/api/candidates/{idNumber}/photo");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var (width, height, top) = Pictures.Read(jpeg, 147, 20);
        Assert.Equal((295, 413), (width, height));
        Assert.True(Pictures.Near(Pictures.Red, top), $"top {top}");
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
    }

    public static TheoryData<string, string, int, string> Hostile => new()
    {
        { "text", "text/plain", 415, "image/jpeg" },
        { "not-a-picture", "image/jpeg", 400, "不是可读取的 JPEG、PNG 或 WebP 图片" },
        { "gif", "image/gif", 400, "不是可读取的 JPEG、PNG 或 WebP 图片" },
        { "truncated", "image/jpeg", 400, "不是可读取的 JPEG、PNG 或 WebP 图片" },
        { "bomb", "image/jpeg", 400, "图片尺寸过大" },
        { "panorama", "image/jpeg", 400, "图片尺寸过大" },
        { "tiny", "image/png", 400, "图片太小" },
        { "oversized", "image/jpeg", 413, "照片文件不能超过 8 MB" },
        { "empty", "image/jpeg", 400, "没有照片" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Put_HostileUpload_IsRefusedInWords_AndTheEarlierPhotoStays(string kind, string type, int status, string words)
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (idNumber, _) = await RegisterAsync(manager, "张伟");
        await manager.PutAsync($"/api/candidates/{idNumber}/photo", Body(Pictures.Split(400, 560), "image/jpeg"));
        var before = await manager.GetByteArrayAsync($"/api/candidates/{idNumber}/photo");
        var jpeg = Pictures.Split(400, 560);
        var upload = kind switch
        {
            "text" or "not-a-picture" => Encoding.UTF8.GetBytes("这不是照片 not a photo"),
            "gif" => "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray(),
            "truncated" => jpeg[..(jpeg.Length / 2)],
            "bomb" => Pictures.ClaimingSize(jpeg, 30_000, 30_000),
            "panorama" => Pictures.ClaimingSize(jpeg, 13_000, 200),
            "tiny" => Pictures.Split(40, 56, SKEncodedImageFormat.Png),
            "oversized" => [.. jpeg, .. new byte[9 * 1024 * 1024]],
            _ => [],
        };

        var response = await manager.PutAsync($"/api/candidates/{idNumber}/photo", Body(upload, type));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{kind}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(words, body, StringComparison.Ordinal);
        Assert.Equal(before, await manager.GetByteArrayAsync($"/api/candidates/{idNumber}/photo"));
    }

    [Fact]
    public async Task Photo_OfNobody_OrNone_Is404_AndDeleteIsAudited()
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (idNumber, internalId) = await RegisterAsync(manager, "赵敏");

        var unknown = await manager.PutAsync($"/api/candidates/{ApiHost.NewIdNumber()}/photo", Body(Pictures.Split(400, 560), "image/jpeg"));
        var none = await manager.GetAsync($"/api/candidates/{idNumber}/photo");
        await manager.PutAsync($"/api/candidates/{idNumber}/photo", Body(Pictures.Split(400, 560), "image/jpeg"));
        var deleted = await manager.DeleteAsync($"/api/candidates/{idNumber}/photo");
        var deletedAgain = await manager.DeleteAsync($"/api/candidates/{idNumber}/photo");
        var gone = await manager.GetAsync($"/api/candidates/{idNumber}/photo");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("没有该考生", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("该考生没有照片", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("candidate.photo-removed", await (await host.AdminAsync()).GetStringAsync($"/api/audit?subject=candidate/{internalId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photo_IsStaffOnly_NeitherProctorsOfOtherSittingsNorCandidatesNorTheAnonymousGetIt()
    {
        var sitting = await SittingAsync.CreateAsync(host, candidates: 2, start: false, proctorName: "photo.proctor");
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        await manager.PutAsync($"/api/candidates/{sitting.IdNumbers[0]}/photo", Body(Pictures.Split(400, 560), "image/jpeg"));
        var stranger = await host.StaffAsync("photo.stranger", "Proctor");
        var candidate = await sitting.SignInCandidateAsync(0);

        var roster = await sitting.Proctor.GetFromJsonAsync<JsonElement>($"/api/sessions/{sitting.Id}/roster");
        var own = await sitting.Proctor.GetAsync($"/api/sessions/{sitting.Id}/seats/1/photo");
        var noPhoto = await sitting.Proctor.GetAsync($"/api/sessions/{sitting.Id}/seats/2/photo");
        var noSeat = await sitting.Proctor.GetAsync($"/api/sessions/{sitting.Id}/seats/99/photo");
        var other = await stranger.GetAsync($"/api/sessions/{sitting.Id}/seats/1/photo");
        var proctorDirect = await sitting.Proctor.GetAsync($"/api/candidates/{sitting.IdNumbers[0]}/photo");
        var byCandidate = await candidate.GetAsync($"/api/sessions/{sitting.Id}/seats/1/photo");
        var anonymous = await host.NewClient().GetAsync($"/api/candidates/{sitting.IdNumbers[0]}/photo");

        var lines = roster.EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.String, lines[0].GetProperty("photo").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("photo").ValueKind);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(own.Headers.CacheControl is { Private: true, NoStore: true }, own.Headers.CacheControl?.ToString());
        Assert.Equal((295, 413), Pictures.Read(await own.Content.ReadAsByteArrayAsync(), 0, 0) is var (w, h, _) ? (w, h) : default);
        Assert.Equal(HttpStatusCode.NotFound, noPhoto.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSeat.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, proctorDirect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCandidate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Bulk_AZipAndLooseFilesNamedByIdNumber_AreMatched_WithALinePerFile()
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (first, _) = await RegisterAsync(manager, "甲");
        var (second, _) = await RegisterAsync(manager, "乙");
        var (third, _) = await RegisterAsync(manager, "丙");
        var stranger = ApiHost.NewIdNumber();
        var zip = Zip(
            ($"照片/{first}.jpg", Pictures.Split(400, 560)),
            ($"照片/{second.ToLowerInvariant()}.PNG", Pictures.Split(300, 420, SKEncodedImageFormat.Png)),
            ($"{stranger}.jpg", Pictures.Split(400, 560)),
            ("王秀英.jpg", Pictures.Split(400, 560)),
            ($"{third}.jpg", Encoding.UTF8.GetBytes("not a picture")),
            ($"{first}.jpeg", Pictures.Split(400, 560)),
            ("说明.txt", "hello"u8.ToArray()),
            ("__MACOSX/._x.jpg", [1, 2, 3]));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(zip), "file", "photos.zip" },
            { new ByteArrayContent(Pictures.Split(400, 560)), "file", $"{third}.jpg" },
        };

        var response = await manager.PostAsync("/api/candidates/photos", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lines = report.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("file").GetString(), l.GetProperty("outcome").GetString())).ToList();
        Assert.Equal(
        [
            ($"{first}.jpg", "matched"), ($"{second.ToLowerInvariant()}.PNG", "matched"), ($"{stranger}.jpg", "no-candidate"), ("王秀英.jpg", "bad-name"),
            ($"{third}.jpg", "not-image"), ($"{first}.jpeg", "duplicate"), ("说明.txt", "not-image"), ($"{third}.jpg", "matched"),
        ], lines);
        Assert.Equal(3, report.GetProperty("stored").GetInt32());
        Assert.Equal(first[..4] + "**********" + first[^4..], report.GetProperty("lines")[0].GetProperty("idNumber").GetString());
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/candidates/{second}/photo")).StatusCode);
    }

    [Fact]
    public async Task Bulk_AnEntryInflatingPastTheLimit_OrAnArchiveOfTooManyEntries_StoresNothingOfIt()
    {
        var manager = await host.StaffAsync("photo.manager", "CentreManager");
        var (idNumber, _) = await RegisterAsync(manager, "丁");
        // Nine megabytes of zeros compress to a few kilobytes: an entry past the 8 MB bound, whatever it is named.
        var bomb = Zip(($"{idNumber}.jpg", new byte[9 * 1024 * 1024]));
        var crowded = Zip(Enumerable.Range(0, 2_001).Select(i => ($"{i}.jpg", new byte[] { 1 })).ToArray());
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bomb), "file", "bomb.zip" },
            { new ByteArrayContent(crowded), "file", "crowded.zip" },
        };

        var response = await manager.PostAsync("/api/candidates/photos", form);

        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([($"{idNumber}.jpg", "too-large"), ("crowded.zip", "skipped")],
            report.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("file").GetString(), l.GetProperty("outcome").GetString())));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/candidates/{idNumber}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await manager.PostAsync("/api/candidates/photos", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task CertificateDocument_PrintsTheHoldersPhotoInline_OrThePlaceholderWithoutOne()
    {
        var sitting = await ResultsSitting.CreateAsync(host, 1, 1);
        await sitting.RecordAsync(0, CertEngine.Contracts.ExamComponent.Theory, 80m);
        await sitting.RecordAsync(0, CertEngine.Contracts.ExamComponent.Practical, 80m);
        var number = (await CertificateIssuanceApiTests.IssueAsync(sitting.Manager, [sitting.IdNumbers[0]]))[0].GetProperty("number").GetString();

        var without = await sitting.Manager.GetStringAsync($"/api/certificates/{number}/document?format=html");
        await sitting.Manager.PutAsync($"/api/candidates/{sitting.IdNumbers[0]}/photo", Body(Pictures.Split(400, 560), "image/jpeg"));
        var stored = await sitting.Manager.GetByteArrayAsync($"/api/candidates/{sitting.IdNumbers[0]}/photo");
        var with = await sitting.Manager.GetStringAsync($"/api/certificates/{number}/document?format=html");

        Assert.Contains("无照片", without, StringComparison.Ordinal);
        Assert.DoesNotContain("data:image", without, StringComparison.Ordinal);
        const string prefix = "<img class=\"photo\" src=\"data:image/jpeg;base64,";
        var at = with.IndexOf(prefix, StringComparison.Ordinal);
        Assert.True(at > 0, "no inline photo");
        var base64 = with[(at + prefix.Length)..with.IndexOf('"', at + prefix.Length)];
        Assert.Equal(stored, Convert.FromBase64String(base64));
        Assert.DoesNotContain("无照片", with, StringComparison.Ordinal);
    }

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static MultipartFormDataContent Form(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static async Task<(string IdNumber, string InternalId)> RegisterAsync(HttpClient manager, string name)
    {
        var idNumber = ApiHost.NewIdNumber();
        var created = await manager.PostAsJsonAsync("/api/candidates", new { name, idNumber, county = "潞州区" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (idNumber, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("internalId").GetString()!);
    }
}
