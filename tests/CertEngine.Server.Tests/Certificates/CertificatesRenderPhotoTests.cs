using System.Text.RegularExpressions;
using CertEngine.Server.Cli;
using CertEngine.Server.Tests.Api;
using CertEngine.Storage;
using CertEngine.Storage.Records.Candidates;

namespace CertEngine.Server.Tests.Certificates;

/// <summary><c>certificates render</c> prints the holder's photo from the record store, inlined, and 无照片 for a holder without one.</summary>
[Collection(CertificateCollection.Name)]
public sealed partial class CertificatesRenderPhotoTests(CertificateWorld world) : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("certengine-render-photo-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task Render_HolderWithAPhoto_InlinesIt_TheOthersPrintThePlaceholder()
    {
        var data = world.CopyData("render-photo");
        var (number, _) = world.Issued[0];
        Assert.Equal(0, await RenderAsync(data, "first"));
        var holder = IdNumber().Match(await File.ReadAllTextAsync(Path.Combine(_out, "first", number + ".html"))).Value;
        var jpeg = Pictures.Split(295, 413);
        await new SqlCandidatePhotoStore(new StorageSettings.Embedded(data)).SaveAsync(
            new CandidatePhoto(holder, jpeg, new string('a', 64), 295, 413, "test", DateTimeOffset.UnixEpoch));

        var code = await RenderAsync(data, "second");

        Assert.Equal(0, code);
        var html = await File.ReadAllTextAsync(Path.Combine(_out, "second", number + ".html"));
        Assert.Contains("src=\"data:image/jpeg;base64," + Convert.ToBase64String(jpeg) + "\"", html, StringComparison.Ordinal);
        foreach (var (other, _) in world.Issued.Skip(1))
        {
            var page = await File.ReadAllTextAsync(Path.Combine(_out, "second", other + ".html"));
            Assert.True(page.Contains(holder, StringComparison.Ordinal) || page.Contains("无照片", StringComparison.Ordinal), other);
        }
    }

    private Task<int> RenderAsync(string data, string folder) => CertEngineCommandLine.RunAsync(
        ["certificates", "render", "--session", world.PracticalSession, "--out", Path.Combine(_out, folder), "--data", data,
         "--certificates", Path.Combine(CertificateWorld.Repository, "certificates"), "--chromium", "/nonexistent/chromium"],
        new StringWriter(), new StringWriter(), TimeProvider.System);

    [GeneratedRegex(@"\b\d{17}[\dX]\b")]
    private static partial Regex IdNumber();
}
