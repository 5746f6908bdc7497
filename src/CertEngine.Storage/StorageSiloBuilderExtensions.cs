using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Analytics;
using CertEngine.Storage.Records.Batches;
using CertEngine.Storage.Records.Candidates;
using CertEngine.Storage.Records.Integrity;
using CertEngine.Storage.Records.Raters;
using CertEngine.Storage.Records.Credit;
using CertEngine.Storage.Records.Exports;
using CertEngine.Storage.Records.Reviews;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Records.Supervision;
using CertEngine.Storage.Records.Programmes;
using CertEngine.Storage.Records.Results;
using CertEngine.Storage.Records.Tickets;
using CertEngine.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace CertEngine.Storage;

/// <summary>Plugs CertEngine's storage into an Orleans silo.</summary>
public static class StorageSiloBuilderExtensions
{
    /// <summary>
    /// The ADO.NET invariant that makes Orleans 10.4 load Microsoft.Data.Sqlite. Orleans names SQLite
    /// <c>System.Data.SQLite</c> but maps it to <c>Microsoft.Data.Sqlite.SqliteFactory</c>; the name
    /// <c>Microsoft.Data.Sqlite</c> itself is not in its table of invariants and fails when a provider starts.
    /// </summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>The ADO.NET invariant of Npgsql.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>
    /// Registers grain storage <see cref="GrainStorageNames.Exams"/> and the reminder table on Orleans' ADO.NET
    /// providers with CertEngine's SQL, and in <see cref="StorageSettings.Postgres"/> mode also ADO.NET clustering.
    /// Embedded mode migrates the SQLite file when the silo starts (creating directory and file); it registers no
    /// clustering, so the host adds <c>UseLocalhostClustering</c>. Postgres mode checks the schema when the silo
    /// starts and fails with <see cref="StorageSchemaOutdatedException"/> when migrations are missing.
    /// </summary>
    /// <param name="silo">The silo being built.</param>
    /// <param name="settings">Embedded (SQLite file) or Postgres (connection string).</param>
    /// <returns>The same silo builder.</returns>
    public static ISiloBuilder AddCertEngineStorage(this ISiloBuilder silo, StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);

        // A storage provider's exception (Npgsql's) travels to the caller inside Orleans' own; without this the
        // response cannot be serialized and the caller sees a codec error instead of the database's reason.
        silo.Services.Configure<ExceptionSerializationOptions>(options => options.SupportedNamespacePrefixes.Add("Npgsql"));

        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(
            services => new StorageSchemaGate(settings, services.GetRequiredService<ILogger<StorageMigrator>>()));
        silo.Services.AddSingleton<IAuditLog>(new SqlAuditLog(settings));
        silo.Services.AddSingleton<IEnrolmentStore>(new SqlEnrolmentStore(settings));
        silo.Services.AddSingleton<ISittingIndexStore>(new SqlSittingIndexStore(settings));
        silo.Services.AddSingleton<IFactStore>(FactWriter.For(settings));
        silo.Services.AddSingleton<IResultRecords>(new SqlResultRecords(settings));
        silo.Services.AddSingleton<IUnrecordedGrains>(new SqlUnrecordedGrains(settings));
        silo.Services.AddSingleton<ICandidateDirectory>(new SqlCandidateDirectory(settings));
        silo.Services.AddSingleton<ICandidatePhotoStore>(new SqlCandidatePhotoStore(settings));
        silo.Services.AddSingleton<IRaterRecords>(new SqlRaterRecords(settings));
        silo.Services.AddSingleton<IEligibilityReviews>(new SqlEligibilityReviews(settings));
        silo.Services.AddSingleton<IPublicityRecords>(new SqlPublicityRecords(settings));
        silo.Services.AddSingleton<IExportRecords>(new SqlExportRecords(settings));
        silo.Services.AddSingleton<IExportLog>(new SqlExportLog(settings));
        silo.Services.AddSingleton<ICreditRecords>(new SqlCreditRecords(settings));
        silo.Services.AddSingleton<IProgrammeRecords>(new SqlProgrammeRecords(settings));
        silo.Services.AddSingleton<ISubsidyClaims>(new SqlSubsidyClaims(settings));
        silo.Services.AddSingleton<IItemAnalysisRecords>(new SqlItemAnalysisRecords(settings));
        silo.Services.AddSingleton<IItemMarkStore>(new SqlItemMarkStore(settings));
        silo.Services.AddSingleton<ISupervisionRecords>(new SqlSupervisionRecords(settings));
        silo.Services.AddSingleton<ILegacyAuditTrails>(new SqlLegacyAuditTrails(settings));
        silo.Services.AddSingleton<IBatchRecords>(new SqlBatchRecords(settings));
        silo.Services.AddSingleton<ISittingSignalRecords>(new SqlSittingSignalRecords(settings));
        silo.Services.AddSingleton<ITicketRecords>(new SqlTicketRecords(settings));

        switch (settings)
        {
            case StorageSettings.Embedded embedded:
                var dataSource = new DurableSqliteDataSource(embedded.DatabasePath);
                silo.AddAdoNetGrainStorage(GrainStorageNames.Exams, options =>
                {
                    options.Invariant = SqliteInvariant;
                    options.DataSource = dataSource;
                });
                silo.UseAdoNetReminderService(options =>
                {
                    options.Invariant = SqliteInvariant;
                    options.DataSource = dataSource;
                });
                break;

            case StorageSettings.Postgres postgres:
                silo.AddAdoNetGrainStorage(GrainStorageNames.Exams, options =>
                {
                    options.Invariant = PostgresInvariant;
                    options.ConnectionString = postgres.GrainStorageConnectionString;
                });
                silo.UseAdoNetReminderService(options =>
                {
                    options.Invariant = PostgresInvariant;
                    options.ConnectionString = postgres.ConnectionString;
                });
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = PostgresInvariant;
                    options.ConnectionString = postgres.ConnectionString;
                });
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.GetType().Name, "Unknown storage settings.");
        }

        return silo;
    }

    /// <summary>
    /// Registers only the record store (<see cref="IAuditLog"/>) on <paramref name="settings"/>, migrating an embedded file
    /// when the silo starts: for a silo whose grain state lives elsewhere (memory, in tests).
    /// </summary>
    public static ISiloBuilder AddCertEngineRecordStore(this ISiloBuilder silo, StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(
            services => new StorageSchemaGate(settings, services.GetRequiredService<ILogger<StorageMigrator>>()));
        silo.Services.AddSingleton<IAuditLog>(new SqlAuditLog(settings));
        silo.Services.AddSingleton<IEnrolmentStore>(new SqlEnrolmentStore(settings));
        silo.Services.AddSingleton<ISittingIndexStore>(new SqlSittingIndexStore(settings));
        silo.Services.AddSingleton<IFactStore>(FactWriter.For(settings));
        silo.Services.AddSingleton<IResultRecords>(new SqlResultRecords(settings));
        silo.Services.AddSingleton<IUnrecordedGrains>(new SqlUnrecordedGrains(settings));
        silo.Services.AddSingleton<ICandidateDirectory>(new SqlCandidateDirectory(settings));
        silo.Services.AddSingleton<ICandidatePhotoStore>(new SqlCandidatePhotoStore(settings));
        silo.Services.AddSingleton<IRaterRecords>(new SqlRaterRecords(settings));
        silo.Services.AddSingleton<IEligibilityReviews>(new SqlEligibilityReviews(settings));
        silo.Services.AddSingleton<IPublicityRecords>(new SqlPublicityRecords(settings));
        silo.Services.AddSingleton<IExportRecords>(new SqlExportRecords(settings));
        silo.Services.AddSingleton<IExportLog>(new SqlExportLog(settings));
        silo.Services.AddSingleton<ICreditRecords>(new SqlCreditRecords(settings));
        silo.Services.AddSingleton<IProgrammeRecords>(new SqlProgrammeRecords(settings));
        silo.Services.AddSingleton<ISubsidyClaims>(new SqlSubsidyClaims(settings));
        silo.Services.AddSingleton<IItemAnalysisRecords>(new SqlItemAnalysisRecords(settings));
        silo.Services.AddSingleton<IItemMarkStore>(new SqlItemMarkStore(settings));
        silo.Services.AddSingleton<ISupervisionRecords>(new SqlSupervisionRecords(settings));
        silo.Services.AddSingleton<ILegacyAuditTrails>(new NoLegacyAuditTrails());
        silo.Services.AddSingleton<IBatchRecords>(new SqlBatchRecords(settings));
        silo.Services.AddSingleton<ISittingSignalRecords>(new SqlSittingSignalRecords(settings));
        silo.Services.AddSingleton<ITicketRecords>(new SqlTicketRecords(settings));
        return silo;
    }
}
