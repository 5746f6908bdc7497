using CertEngine.Server.Hosting.Options;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.DataFolder;

/// <summary>
/// Holds the <see cref="DataFolderLock"/> while the server runs on the embedded store, so that <c>certificates render</c>
/// (or a second server) on the same folder refuses rather than run a second silo over the same SQLite file.
/// </summary>
internal sealed class DataFolderGuard(IOptions<CertEngineOptions> options, IConfiguration configuration) : IHostedService, IDisposable
{
    private DataFolderLock? _lock;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(configuration.GetConnectionString(CertEngineSilo.PostgresConnection)))
        {
            return Task.CompletedTask;
        }

        _lock = DataFolderLock.TryAcquire(options.Value.DataDirectory) ?? throw new InvalidOperationException(
            $"数据目录 {options.Value.DataDirectory} 正被另一个 CertEngine 进程使用 (the data folder is in use by another CertEngine process: a server, or certificates render)");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}
