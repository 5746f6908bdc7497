using System.Data.Common;
using CertEngine.Storage.Sqlite;
using Npgsql;

namespace CertEngine.Storage;

/// <summary>
/// Asks the database one trivial question (<c>SELECT 1</c>) on a fresh, unpooled connection, to learn whether the
/// store answers at all. Used by the server's store-availability monitor and health check.
/// </summary>
public sealed class StorageProbe
{
    private readonly StorageSettings _settings;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a probe of the database the settings point at.</summary>
    /// <param name="settings">The store to probe.</param>
    /// <param name="timeout">How long one probe may take, connecting included; at least one second (Npgsql counts whole seconds).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is under one second.</exception>
    public StorageProbe(StorageSettings settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.FromSeconds(1));
        _settings = settings;
        _timeout = timeout;
    }

    /// <summary>Probes the store once.</summary>
    /// <param name="cancellationToken">Cancels the probe; the cancellation is thrown, not reported as an outage.</param>
    /// <returns><see cref="StorageProbeResult.Up"/>, or <see cref="StorageProbeResult.Down"/> with the database's reason.</returns>
    public async Task<StorageProbeResult> ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            await using var connection = CreateConnection();
            await connection.OpenAsync(deadline.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            await command.ExecuteScalarAsync(deadline.Token);
            return StorageProbeResult.Up.Instance;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new StorageProbeResult.Down($"no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (DbException exception)
        {
            return new StorageProbeResult.Down(exception.Message);
        }
    }

    /// <summary>
    /// Drops the idle pooled connections of the cluster-mode database, so that connections opened before an outage
    /// (now broken) are not handed to the next writes one after another. Does nothing in embedded mode.
    /// </summary>
    public void ResetConnectionPools()
    {
        if (_settings is StorageSettings.Postgres postgres)
        {
            using var connection = new NpgsqlConnection(postgres.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private DbConnection CreateConnection() => _settings switch
    {
        StorageSettings.Postgres postgres => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres.ConnectionString)
        {
            // Unpooled: a pooled connection could be one broken by the outage, or hide a server that stopped accepting.
            Pooling = false,
            Timeout = (int)Math.Ceiling(_timeout.TotalSeconds),
            CommandTimeout = (int)Math.Ceiling(_timeout.TotalSeconds),
        }.ConnectionString),
        StorageSettings.Embedded embedded => new DurableSqliteDataSource(embedded.DatabasePath).CreateConnection(),
        _ => throw new ArgumentOutOfRangeException(nameof(_settings), _settings.GetType().Name, "Unknown storage settings."),
    };
}
