using CertEngine.Server.Cli;
using CertEngine.TestSupport;

namespace CertEngine.Server.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class CertificatesCommandTests(CertificateWorld world) : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("certengine-render-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private string[] Render(string data, string chromium) =>
        ["certificates", "render", "--session", world.PracticalSession, "--out", _out, "--data", data,
         "--certificates", Path.Combine(CertificateWorld.Repository, "certificates"), "--chromium", chromium];

    [Fact]
    public async Task Render_Session_WritesHtmlQrAndPdfPerCertificate()
    {
        var data = world.CopyData("render-pdf");
        var output = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(Render(data, CertificatesCommand.DefaultChromium), output, new StringWriter(), TimeProvider.System);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(world.Issued.Select(i => i.Number).Order(), lines.Select(l => l.Split(' ')[1]).Order());
        foreach (var (number, url) in world.Issued)
        {
            Assert.Equal(url, Zbar.Decode(Path.Combine(_out, number + ".png")));
            Assert.Contains(number, await File.ReadAllTextAsync(Path.Combine(_out, number + ".html")));
            Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(Path.Combine(_out, number + ".pdf")))[..4]);
        }
    }

    [Fact]
    public async Task Render_WithoutChromium_SaysSoAndStillWritesHtmlAndQr()
    {
        var data = world.CopyData("render-no-chromium");
        var error = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(Render(data, "/nonexistent/chromium"), new StringWriter(), error, TimeProvider.System);

        Assert.Equal(0, code);
        Assert.Contains("未找到 Chromium（/nonexistent/chromium），只生成 HTML 和二维码，不生成 PDF。", error.ToString());
        Assert.Equal(world.Issued.Count, Directory.GetFiles(_out, "*.png").Length);
        Assert.Empty(Directory.GetFiles(_out, "*.pdf"));
    }

    [Fact]
    public async Task Render_WhileAServerRunsOnTheFolder_RefusesAndTouchesNothing()
    {
        var server = world.Server("render-busy");
        using (server.CreateClient())
        {
            var error = new StringWriter();

            var code = await CertEngineCommandLine.RunAsync(Render(server.Data, "/nonexistent/chromium"), new StringWriter(), error, TimeProvider.System);

            Assert.Equal(1, code);
            Assert.Contains("正被运行中的服务器使用", error.ToString());
            Assert.Contains("GET /api/certificates/batch?session=", error.ToString());
            Assert.Contains("/admin/certificates/issue", error.ToString());
            Assert.Empty(Directory.GetFiles(_out));
        }
    }

    [Fact]
    public async Task Render_UnknownSession_ExitsOne()
    {
        var data = world.CopyData("render-unknown");
        var error = new StringWriter();

        var code = await CertEngineCommandLine.RunAsync(
            ["certificates", "render", "--session", "CZ-19990101-XX01", "--out", _out, "--data", data, "--certificates", Path.Combine(CertificateWorld.Repository, "certificates")],
            new StringWriter(), error, TimeProvider.System);

        Assert.Equal(1, code);
        Assert.Contains("没有场次 CZ-19990101-XX01", error.ToString());
    }
}
