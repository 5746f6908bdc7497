using CertEngine.Domain.Certificates;
using CertEngine.Grains;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Server.Hosting.DataFolder;
using CertEngine.Server.Hosting.Keys;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage;
using Orleans.Configuration;
using Orleans.Storage;

namespace CertEngine.Server.Hosting;

/// <summary>How the silo is put together, for the web host and the command-line verbs alike.</summary>
public static class CertEngineSilo
{
    /// <summary>The configuration key of the PostgreSQL connection string that switches on cluster mode.</summary>
    public const string PostgresConnection = "Postgres";

    /// <summary>
    /// The configuration section bound onto Orleans' <see cref="ClusterMembershipOptions"/> in cluster mode, e.g.
    /// <c>CertEngine:Membership:ProbeTimeout</c>.
    /// </summary>
    public const string MembershipSection = "CertEngine:Membership";

    /// <summary>
    /// How many grain locations a silo keeps in its directory cache. Orleans' default is 1,000,000, and its cache
    /// allocates a table of that size up front and counts its entries by walking the whole table; the Orleans Dashboard
    /// reads that count every second (7.0 ms a count at the default, 2.7 ms at this size, with 20,000 entries). The
    /// least recently used location that falls out is looked up in the directory again when next needed, which is a
    /// call to another silo only in a cluster (docs/performance.md, issue 18).
    /// </summary>
    public const int GrainLocationCacheSize = 100_000;

    /// <summary>
    /// The store the configuration asks for: PostgreSQL when <c>ConnectionStrings:Postgres</c> (<c>--postgres</c>) is
    /// set, otherwise the SQLite file under the data directory.
    /// </summary>
    public static StorageSettings StorageSettingsFor(CertEngineOptions options, IConfiguration configuration) =>
        configuration.GetConnectionString(PostgresConnection) is { Length: > 0 } postgres
            ? new StorageSettings.Postgres(postgres)
            : new StorageSettings.Embedded(options.DataDirectory);

    /// <summary>
    /// Clustering, storage, reminders, the grains' services and the signing keys. With no PostgreSQL connection
    /// string: one localhost silo on the SQLite file under the data folder; with one: ADO.NET clustering, state and
    /// reminders on PostgreSQL.
    /// </summary>
    public static ISiloBuilder AddCertEngineGrains(this ISiloBuilder silo, CertEngineOptions options, IConfiguration configuration)
    {
        var storage = StorageSettingsFor(options, configuration);

        // ServiceId is part of every stored grain key and reminder: it must never change, or all state looks lost.
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = "certengine";
            o.ServiceId = "certengine";
        });
        if (storage is StorageSettings.Embedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
        }
        else
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort);

            // How fast a dead silo is declared dead (probe timeout × missed probes, then the votes): Orleans' defaults
            // unless configured. docs/operations.md lists the keys and what they cost.
            silo.Services.AddOptions<ClusterMembershipOptions>().Bind(configuration.GetSection(MembershipSection));
        }

        silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = GrainLocationCacheSize);
        silo.AddCertEngineStorage(storage);

        // Grain state is stored in Orleans' own binary format: every state and message type carries [Id]s, which is
        // what keeps stored state readable across versions (STYLE.md: never renumber an [Id]).
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Services.Configure<ExamLibraryOptions>(o =>
        {
            o.BankRoot = options.BankRoot;
            o.TracksRoot = options.TracksRoot;
        });
        var newDataFolder = ExampleStation.IsNew(options.DataDirectory);
        silo.Services.AddOptions<CertificateAuthorityOptions>().Bind(configuration.GetSection(CertificateAuthorityOptions.Section)).Configure(o =>
        {
            o.ProvinceTable = Path.Combine(options.CertificatesRoot, "provinces.yaml");
            if (ExampleIssuer.Is(o.Name) && storage is StorageSettings.Embedded)
            {
                // Every install's demo would otherwise number its certificates alike (ExampleStation explains). Only
                // embedded: the silos of a PostgreSQL cluster each have their own data folder but must number and
                // verify certificates alike, so a cluster keeps the configured station.
                o.Station = ExampleStation.For(options.DataDirectory, newDataFolder, o.Station);
            }

            // Unset, certificates point where this server listens (--urls), not at a fixed port (PublicAddress explains).
            o.PublicBaseUrl = PublicAddress.Effective(options.PublicBaseUrl, configuration);
        }).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddCertEngineOptionChecks();
        silo.AddCertEngineKeyRing(storage, options);
        silo.Services.AddCertEngineGrainServices();
        return silo;
    }
}
