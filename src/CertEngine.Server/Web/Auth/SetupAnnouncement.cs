using CertEngine.Server.Hosting;
using CertEngine.Server.Hosting.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Web.Auth;

/// <summary>At start, while no Admin exists, arms a setup token and prints the one-time link that creates the first Admin.</summary>
public sealed partial class SetupAnnouncement(
    SetupToken setup, IOptions<CertEngineOptions> options, IServer server, IHostApplicationLifetime lifetime, ILogger<SetupAnnouncement> log) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After the server listens, so the silo is up and the printed address is the one that answers.
        lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task AnnounceAsync()
    {
        try
        {
            if (await setup.ArmAsync() is { } token)
            {
                var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
                var baseUrl = (options.Value.PublicBaseUrl ?? listening ?? CertEngineHost.DefaultUrl).TrimEnd('/');
                SetupLink(log, $"{baseUrl}/setup?token={token}");
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            SetupFailed(log, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "尚无管理员。请打开一次性初始化链接创建第一个管理员账户 (no Admin yet; open this one-time link to create the first Admin): {Link}")]
    private static partial void SetupLink(ILogger logger, string link);

    [LoggerMessage(Level = LogLevel.Error, Message = "无法生成初始化链接 (could not arm the setup link)")]
    private static partial void SetupFailed(ILogger logger, Exception error);
}
