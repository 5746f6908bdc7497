using CertEngine.Domain.Certificates;
using CertEngine.Grains.Certificates;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting;

/// <summary>
/// At every start while the configured 评价机构 is still the shipped example (<see cref="ExampleIssuer"/>), one warning
/// line says so and what to set; every certificate rendered meanwhile carries a specimen banner.
/// </summary>
public sealed partial class ExampleIssuerAnnouncement(IOptions<CertificateAuthorityOptions> issuer, ILogger<ExampleIssuerAnnouncement> log) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (ExampleIssuer.Is(issuer.Value.Name))
        {
            ExampleIssuerInUse(log, issuer.Value.Name, CertificateAuthorityOptions.Section);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7310, Level = LogLevel.Warning, Message = "评价机构仍是示例“{Issuer}”：签发的证书均标为样本，不是有效证书。请在配置 {Section} 中填写本机构的备案名称和代码 (the issuer is still the example one: every certificate is marked as a specimen; set your registered name and codes under {Section})")]
    private static partial void ExampleIssuerInUse(ILogger logger, string issuer, string section);
}
