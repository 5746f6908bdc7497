using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Sessions;
using CertEngine.Documents;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Certificates;
using CertEngine.Server.Options;
using Spectre.Console;

namespace CertEngine.Server.Cli;

/// <summary>
/// The <c>certificates render --session ID --out DIR</c> verb: every certificate the session's candidates hold for its
/// track, as <c>{number}.html</c> and <c>{number}.png</c>, and <c>{number}.pdf</c> when Chromium is installed. It opens
/// the embedded store in-process, as the demo does, and refuses while a server (or another render) holds the folder.
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
                await error.WriteLineAsync($"error: 数据目录 {Settings.DataDirectory} 正被运行中的服务器使用，请先停止服务器再批量生成 " +
                    "(the data folder is in use by a running server; stop it first: a second silo on the same SQLite file is not safe)");
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
                return await RenderAsync(host.Services.GetRequiredService<IGrainFactory>(), host.Services.GetRequiredService<CertificateAuthority>(), renderer, output, error, cancellationToken);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }

        private async Task<int> RenderAsync(
            IGrainFactory grains, CertificateAuthority authority, CertificateRenderer renderer, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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

            var pdf = File.Exists(Chromium);
            if (!pdf)
            {
                await error.WriteLineAsync($"未找到 Chromium（{Chromium}），只生成 HTML 和二维码，不生成 PDF。(Chromium not found at {Chromium}: HTML and QR only, no PDF.)");
            }

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

                    var (html, png) = renderer.WriteFiles(OutputDirectory, certificate.Fields, authority.VerifyUrl(number, certificate.Token));
                    var line = $"rendered {number} {html} {png}";
                    if (pdf)
                    {
                        var pdfPath = Path.ChangeExtension(html, ".pdf");
                        line += await PrintAsync(html, pdfPath, cancellationToken) ? " " + pdfPath : " (PDF 失败 failed)";
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

        private async Task<bool> PrintAsync(string html, string pdfPath, CancellationToken cancellationToken)
        {
            var profile = Directory.CreateTempSubdirectory("certengine-chromium-");
            try
            {
                var start = new ProcessStartInfo(Chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}",
                    $"--print-to-pdf={Path.GetFullPath(pdfPath)}", new Uri(Path.GetFullPath(html)).AbsoluteUri,
                ])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                };
                using var process = Process.Start(start)!;
                var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(cancellationToken), process.StandardError.ReadToEndAsync(cancellationToken));
                await process.WaitForExitAsync(cancellationToken);
                await drain;
                return process.ExitCode == 0 && File.Exists(pdfPath);
            }
            finally
            {
                profile.Delete(recursive: true);
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
