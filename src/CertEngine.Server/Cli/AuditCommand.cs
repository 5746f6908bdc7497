using System.CommandLine;
using CertEngine.Storage;
using CertEngine.Storage.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Server.Cli;

/// <summary>
/// The <c>audit verify</c> verb (DESIGN.md contract): walks every audit chain and anchor of a store and exits 0 with a
/// one-line summary when all is intact, or 1 naming the first changed, removed or reordered record. It only reads.
/// </summary>
public static class AuditCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL 连接串 (connection string)" };
        var data = new Option<string?>("--data") { Description = "嵌入式数据目录，默认 ./data (the embedded store's folder; default ./data)" };
        var verify = new Command("verify", "校验审计日志的哈希链与锚点 (check the audit log's hash chains and anchors)") { postgres, data };
        verify.SetAction(async (result, cancellationToken) =>
        {
            StorageSettings settings = result.GetValue(postgres) is { Length: > 0 } connection
                ? new StorageSettings.Postgres(connection)
                : new StorageSettings.Embedded(result.GetValue(data) is { Length: > 0 } directory ? directory : "data");
            if (settings is StorageSettings.Embedded { DatabasePath: var path } && !File.Exists(path))
            {
                await error.WriteLineAsync($"error: no store at {path}");
                return 2;
            }

            try
            {
                if (await new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance).CheckAsync(cancellationToken) is SchemaCheck.Outdated outdated)
                {
                    await error.WriteLineAsync($"error: {settings} is at schema version {outdated.Version} and has no audit log yet: start the server on it once, or run `migrate`");
                    return 2;
                }

                var report = await new SqlAuditLog(settings).VerifyAsync(cancellationToken);
                if (report.Problem is { } problem)
                {
                    await output.WriteLineAsync($"audit log broken: {problem} ({report.Records} records in {report.Subjects} chains and {report.Anchors} anchors checked up to there)");
                    return 1;
                }

                await output.WriteLineAsync($"audit log intact: {report.Records} records in {report.Subjects} chains, {report.Anchors} anchors");
                return 0;
            }
            catch (NpgsqlException exception)
            {
                await error.WriteLineAsync($"error: {settings}: {exception.Message}");
                return 2;
            }
        });
        return new Command("audit", "审计日志 (the audit log)") { verify };
    }
}
