using System.CommandLine;
using CertEngine.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Server.Cli;

/// <summary>The <c>migrate</c> verb: brings a database's schema up to what this build needs (DESIGN.md contract).</summary>
public static class MigrateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL 连接串 (connection string)" };
        var data = new Option<string?>("--data") { Description = "嵌入式数据目录 (the embedded store's folder)" };
        var command = new Command("migrate", "升级数据库结构 (apply the storage migrations; running it again changes nothing)") { postgres, data };
        command.SetAction(async (result, cancellationToken) =>
        {
            StorageSettings settings;
            if (result.GetValue(postgres) is { Length: > 0 } connection)
            {
                settings = new StorageSettings.Postgres(connection);
            }
            else if (result.GetValue(data) is { Length: > 0 } directory)
            {
                settings = new StorageSettings.Embedded(directory);
            }
            else
            {
                await error.WriteLineAsync("error: give --postgres CONNSTR (or --data DIR for the embedded file)");
                return 2;
            }

            try
            {
                var report = await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).MigrateAsync(cancellationToken);
                await output.WriteLineAsync(report.Applied.Count == 0
                    ? $"ok: {settings} is at schema version {report.SchemaVersion}; nothing to apply"
                    : $"ok: {settings} migrated to schema version {report.SchemaVersion}: applied {string.Join(", ", report.Applied)}");
                return 0;
            }
            catch (NpgsqlException exception)
            {
                await error.WriteLineAsync($"error: {settings}: {exception.Message}");
                return 1;
            }
        });
        return command;
    }
}
