namespace CertEngine.Storage.Records.Facts;

/// <summary>Certificates issued before the record store held certificates: in grain state, not yet in its table.</summary>
public interface ILegacyCertificates
{
    /// <summary>The numbers of certificates whose grain state exists but whose fact is not stored (at most <paramref name="take"/>).</summary>
    Task<IReadOnlyList<string>> ListUnrecordedAsync(int take, CancellationToken cancellationToken = default);
}

/// <summary>
/// <see cref="ILegacyCertificates"/> over Orleans' grain-state table: rows of the state named <c>certificate</c> (the key is
/// the number) with no row in the certificates table.
/// </summary>
public sealed class SqlLegacyCertificates(StorageSettings settings) : ILegacyCertificates
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListUnrecordedAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var numbers = await Dapper.SqlMapper.QueryAsync<string>(connection, new Dapper.CommandDefinition(
            "SELECT s.grainidextensionstring FROM orleansstorage s WHERE s.graintypestring = 'certificate' AND s.payloadbinary IS NOT NULL " +
            "AND NOT EXISTS (SELECT 1 FROM certenginecertificates c WHERE c.number = s.grainidextensionstring) LIMIT @take;",
            new { take = (long)Math.Clamp(take, 0, SqlFactStore.MaxTake) }, cancellationToken: cancellationToken));
        return numbers.ToList();
    }
}
