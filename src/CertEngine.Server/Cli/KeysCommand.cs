using System.CommandLine;
using CertEngine.Server.Hosting.Keys;
using CertEngine.Server.Hosting.Options;
using CertEngine.Storage;
using CertEngine.Storage.Keys;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CertEngine.Server.Cli;

/// <summary>
/// The <c>keys rotate</c> verb: a new certificate-signing key in the store (the embedded SQLite file, or the cluster's
/// PostgreSQL database); the old ones stay published. Running servers sign with it from their next key refresh.
/// </summary>
public static class KeysCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var data = new Option<string>("--data") { Description = "嵌入式数据目录 (the embedded store's folder)", DefaultValueFactory = _ => "data" };
        var postgres = new Option<string?>("--postgres") { Description = "集群的 PostgreSQL 连接串 (the cluster's connection string)" };
        var rotate = new Command("rotate", "生成新的证书签名密钥 (add a new certificate-signing key)") { data, postgres };
        rotate.SetAction(async (result, cancellationToken) =>
        {
            StorageSettings settings = result.GetValue(postgres) is { Length: > 0 } connection
                ? new StorageSettings.Postgres(connection)
                : new StorageSettings.Embedded(result.GetValue(data)!);
            try
            {
                if (await SchemaProblemAsync(settings, cancellationToken) is { } problem)
                {
                    await error.WriteLineAsync(problem);
                    return 1;
                }

                var kid = await CertificateKeys.RotateAsync(new SigningKeyTable(settings), clock, cancellationToken);
                await output.WriteLineAsync($"新签名密钥 new signing key {kid}");
                await output.WriteLineAsync(
                    $"运行中的服务器在 {new KeyRingOptions().RefreshInterval.TotalMinutes:0} 分钟内（CertEngine:Keys:RefreshInterval）改用新密钥签发；旧密钥继续公布，已发证书仍可核验。" +
                    "(Running servers sign with it within their key refresh interval; old keys stay published and old certificates still verify.)");
                return 0;
            }
            catch (NpgsqlException exception)
            {
                await error.WriteLineAsync($"error: {settings}: {exception.Message}");
                return 1;
            }
        });
        return new Command("keys", "证书签名密钥 (certificate-signing keys)") { rotate };
    }

    // The embedded file is migrated here as the server would at start; a cluster's schema changes only through `migrate`.
    private static async Task<string?> SchemaProblemAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        var migrator = new StorageMigrator(settings, NullLogger<StorageMigrator>.Instance);
        if (settings is StorageSettings.Embedded)
        {
            await migrator.MigrateAsync(cancellationToken);
            return null;
        }

        return await migrator.CheckAsync(cancellationToken) is SchemaCheck.Outdated outdated
            ? $"error: 数据库结构过旧，请先运行 migrate --postgres (the schema lacks {outdated.MissingNames}; run `migrate --postgres CONNSTR` first)"
            : null;
    }
}
