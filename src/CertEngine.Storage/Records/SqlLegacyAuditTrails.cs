using Dapper;

namespace CertEngine.Storage.Records;

/// <summary>
/// Finds older releases' audit trails in Orleans' grain-state table: rows of the state named <c>audit</c> (the key is the
/// subject) whose payload is not yet cleared.
/// </summary>
public sealed class SqlLegacyAuditTrails(StorageSettings settings) : ILegacyAuditTrails
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT grainidextensionstring FROM orleansstorage WHERE graintypestring = 'audit' AND payloadbinary IS NOT NULL;",
            cancellationToken: cancellationToken));
        return keys.ToList();
    }
}
