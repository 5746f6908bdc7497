using CertEngine.Grains.Certificates;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage;
using Microsoft.Extensions.Options;

namespace CertEngine.Server.Hosting.Keys;

/// <summary>Plugs the stored certificate signing keys into a silo.</summary>
public static class KeyRingSiloBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="StoredCertificateKeyRing"/> as the silo's <see cref="ICertificateKeyRing"/> on the key table of
    /// <paramref name="storage"/>; it loads (importing <c>{data}/keys</c> once) when the silo starts.
    /// </summary>
    public static ISiloBuilder AddCertEngineKeyRing(this ISiloBuilder silo, StorageSettings storage, CertEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddSingleton(services => new StoredCertificateKeyRing(
            storage,
            options.DataDirectory,
            services.GetRequiredService<IOptions<KeyRingOptions>>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<StoredCertificateKeyRing>>()));
        silo.Services.AddSingleton<ICertificateKeyRing>(services => services.GetRequiredService<StoredCertificateKeyRing>());
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<StoredCertificateKeyRing>());
        return silo;
    }
}
