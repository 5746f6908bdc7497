using CertEngine.Storage.Keys;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>
/// Makes sure the store holds a usable Data Protection key before this server protects anything. Silos starting
/// together on an empty store would otherwise each make their own first key and, until their key rings refresh,
/// reject each other's cookies; under the store's lock the first silo makes it and the others find it.
/// </summary>
/// <remarks>
/// Registered before Data Protection's own start-up service, which loads (and would otherwise create) the key ring,
/// and after the silo, whose start migrates the embedded store's tables.
/// </remarks>
internal sealed class DataProtectionFirstKey(
    DataProtectionKeyTable table, IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock, ILogger<DataProtectionFirstKey> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => table.RunExclusiveAsync(() =>
    {
        var now = clock.GetUtcNow();
        if (!keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now))
        {
            var key = keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
            logger.FirstDataProtectionKey(key.KeyId);
        }

        return Task.CompletedTask;
    }, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
