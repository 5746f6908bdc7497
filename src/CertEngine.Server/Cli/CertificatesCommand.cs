using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Sessions;
using CertEngine.Documents;
using CertEngine.Documents.Printing;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Hosting;
using CertEngine.Server.Hosting.DataFolder;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage.Records.Candidates;
using Spectre.Console;

namespace CertEngine.Server.Cli;

/// <summary>
/// The <c>certificates render --session ID --out DIR</c> verb: every certificate the session's candidates hold for its
/// track, as <c>{number}.html</c> and <c>{number}.png</c>, and <c>{number}.pdf</c> when Chromium is installed (one
/// Chromium for the whole batch, see <see cref="PdfPrinter"/>). It opens the embedded store in-process, as the demo
/// does, and refuses while a server (or another render) holds the folder, pointing at the server's own download
/// (<c>GET /api/certificates/batch</c>, the 发证 page), which prints without stopping it.
/// </summary>
public static class CertificatesCommand
{
    /// <summary>Where Chromium is looked for by default.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var session = new Option<string>("--session") { Description = "场次编号 (the session id)", Required = true };
        var outDir = new Option<string>("--out") { Description = "输出目录 (where the files go)", Required = true };
        var data = new Option<string>("--data") { Description = "数据目录 (the embedded store's folder)", DefaultValueFactory = _ => "data" };
        var templates = new Option<string>("--templates") { Description = "模板目录 (the templates folder)", DefaultValueFactory = _ => "templates" };
        var certificates = new Option<string>("--certificates") { Description = "证书数据目录 (certificate data: province table)", DefaultValueFactory = _ => "certificates" };
        var baseUrl = new Option<string?>("--public-base-url") { Description = "二维码指向的公开地址 (the public address QR codes open)" };
        var chromium = new Option<string>("--chromium") { Description = "Chromium 路径，用于生成 PDF (Chromium, for PDFs)", DefaultValueFactory = _ => DefaultChromium };
        var render = new Command("render", "批量生成场次证书 (render every certificate of a session)") { session, outDir, data, templates, certificates, baseUrl, chromium };
        render.SetAction(async (result, cancellationToken) =>
        {
            var settings = new CertEngineOptions
            {
                DataDirectory = result.GetValue(data)!,
                CertificatesRoot = result.GetValue(certificates)!,
                PublicBaseUrl = result.GetValue(baseUrl),
                SiloPort = FreePort(),
                GatewayPort = FreePort(),
            };
            var job = new RenderJob(result.GetValue(session)!, result.GetValue(outDir)!, result.GetValue(templates)!, result.GetValue(chromium)!, settings);
            return await job.RunAsync(output, error, cancellationToken);
        });
        return new Command("certificates", "证书 (certificates)") { render };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record RenderJob(string SessionId, string OutputDirectory, string TemplatesRoot, string Chromium, CertEngineOptions Settings)
    {
        public async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            if (!Directory.Exists(Settings.DataDirectory))
            {
                await error.WriteLineAsync($"error: 数据目录 {Settings.DataDirectory} 不存在 (no such data folder)");
                return 2;
            }

            using var folder = DataFolderLock.TryAcquire(Settings.DataDirectory);
            if (folder is null)
            {
                // The running server prints them itself: there is no need to stop it.
                await error.WriteLineAsync($"error: 数据目录 {Settings.DataDirectory} 正被运行中的服务器使用。无需停止服务器：请在考务管理的“发证”页面下载证书，" +
                    "或以考务管理员身份请求 GET /api/certificates/batch?session=" + SessionId + "&format=pdf（单张：GET /api/certificates/{编号}/document?format=pdf）。" +
                    "(the data folder is in use by a running server. No need to stop it: download the certificates from its 发证 page " +
                    "(/admin/certificates/issue), or as a centre manager GET /api/certificates/batch?session=" + SessionId + "&format=pdf " +
                    "(one: GET /api/certificates/{number}/document?format=pdf). A second silo on the same SQLite file is not safe.)");
                return 1;
            }

            var templates = CertificateRenderer.Load(CertificateTemplateOptions.Resolve(TemplatesRoot));
            if (templates is TemplateLoad.Failed failed)
            {
                await error.WriteLineAsync("error: " + string.Join(Environment.NewLine, failed.Problems));
                return 1;
            }

            var renderer = ((TemplateLoad.Loaded)templates).Renderer;
            using var host = BuildHost();
            await host.StartAsync(cancellationToken);
            try
            {
                return await RenderAsync(host.Services.GetRequiredService<IGrainFactory>(), host.Services.GetRequiredService<CertificateAuthority>(), renderer,
                    host.Services.GetRequiredService<ICandidatePhotoStore>(), output, error, cancellationToken);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }

        private async Task<int> RenderAsync(
            IGrainFactory grains, CertificateAuthority authority, CertificateRenderer renderer, ICandidatePhotoStore photos, TextWriter output, TextWriter error,
            CancellationToken cancellationToken)
        {
            if (await grains.GetGrain<IExamSessionGrain>(SessionId).GetAsync() is not { } session)
            {
                await error.WriteLineAsync($"error: 没有场次 {SessionId} (no such session)");
                return 1;
            }

            var certificates = new List<CertificateSnapshot>();
            foreach (var seat in session.Plan.Roster)
            {
                var candidate = await grains.GetGrain<ICandidateGrain>(seat.IdNumber).GetAsync();
                foreach (var held in candidate?.Certificates.Where(c => c.TrackKey == session.Plan.TrackKey) ?? [])
                {
                    if (await grains.GetGrain<ICertificateGrain>(held.Number).GetAsync() is { } certificate)
                    {
                        certificates.Add(certificate);
                    }
                }
            }

            await using var printer = await StartPrinterAsync(certificates, error);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            var lines = new List<string>();
            await console.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask($"证书 certificates {SessionId}", maxValue: Math.Max(1, certificates.Count));
                foreach (var certificate in certificates)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var number = certificate.Fields.Number;
                    if (certificate.Status != "valid")
                    {
                        lines.Add($"skipped {number} {certificate.Status}");
                        task.Increment(1);
                        continue;
                    }

                    var photo = await photos.GetAsync(certificate.Fields.IdNumber, cancellationToken);
                    var (html, png) = renderer.WriteFiles(OutputDirectory, certificate.Fields, authority.VerifyUrl(number, certificate.Token), photo?.Jpeg);
                    var line = $"rendered {number} {html} {png}";
                    if (printer is not null)
                    {
                        var pdfPath = Path.ChangeExtension(html, ".pdf");
                        line += await printer.PrintAsync(html, pdfPath, cancellationToken) ? " " + pdfPath : " (PDF 失败 failed)";
                    }

                    lines.Add(line);
                    task.Increment(1);
                }

                task.Value = task.MaxValue;
            });
            foreach (var line in lines)
            {
                await output.WriteLineAsync(line);
            }

            console.MarkupLine($"[grey]{certificates.Count} 张证书 certificates → {Markup.Escape(OutputDirectory)}[/]");
            return lines.Any(l => l.EndsWith("failed)", StringComparison.Ordinal)) ? 1 : 0;
        }

        // Null when nothing is to be printed or Chromium cannot be used; the latter is said once, and HTML and QR are still written.
        private async Task<PdfPrinter?> StartPrinterAsync(List<CertificateSnapshot> certificates, TextWriter error)
        {
            if (!certificates.Any(c => c.Status == "valid"))
            {
                return null;
            }

            switch (await PdfPrinter.StartAsync(Chromium))
            {
                case PdfPrinterStart.Started started:
                    return started.Printer;
                case PdfPrinterStart.NotFound:
                    await error.WriteLineAsync($"未找到 Chromium（{Chromium}），只生成 HTML 和二维码，不生成 PDF。(Chromium not found at {Chromium}: HTML and QR only, no PDF.)");
                    return null;
                case PdfPrinterStart.DidNotStart failed:
                    await error.WriteLineAsync($"Chromium（{Chromium}）无法启动，只生成 HTML 和二维码，不生成 PDF。(Chromium at {Chromium} did not start: {failed.Reason}; HTML and QR only, no PDF.)");
                    return null;
                default:
                    throw new InvalidOperationException("unknown printer start outcome");
            }
        }

        private IHost BuildHost()
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.UseOrleans(silo => silo.AddCertEngineGrains(Settings, builder.Configuration));
            builder.Services.AddSingleton(TimeProvider.System);
            return builder.Build();
        }
    }
}
