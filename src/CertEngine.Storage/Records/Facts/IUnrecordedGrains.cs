namespace CertEngine.Storage.Records.Facts;

/// <summary>
/// Grains whose state an older release wrote before the record store held their facts: certificates and candidates in
/// grain state with no row in the record store's table. Activating one hands its facts over.
/// </summary>
public interface IUnrecordedGrains
{
    /// <summary>The numbers of certificates in grain state with no certificate row (at most <paramref name="take"/>).</summary>
    Task<IReadOnlyList<string>> CertificatesAsync(int take, CancellationToken cancellationToken = default);

    /// <summary>The ID numbers (grain keys) of candidates in grain state with no profile row (at most <paramref name="take"/>).</summary>
    Task<IReadOnlyList<string>> CandidatesAsync(int take, CancellationToken cancellationToken = default);
}

/// <summary><see cref="IUnrecordedGrains"/> over Orleans' grain-state table (rows named by the state: <c>certificate</c>, <c>candidate</c>).</summary>
public sealed class SqlUnrecordedGrains(StorageSettings settings) : IUnrecordedGrains
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> CertificatesAsync(int take, CancellationToken cancellationToken = default) => KeysAsync(
        "SELECT s.grainidextensionstring FROM orleansstorage s WHERE s.graintypestring = 'certificate' AND s.payloadbinary IS NOT NULL " +
        "AND NOT EXISTS (SELECT 1 FROM certenginecertificates c WHERE c.number = s.grainidextensionstring) LIMIT @take;",
        take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> CandidatesAsync(int take, CancellationToken cancellationToken = default) => KeysAsync(
        "SELECT s.grainidextensionstring FROM orleansstorage s WHERE s.graintypestring = 'candidate' AND s.payloadbinary IS NOT NULL " +
        "AND NOT EXISTS (SELECT 1 FROM certenginecandidates c WHERE c.idnumber = s.grainidextensionstring) LIMIT @take;",
        take, cancellationToken);

    private async Task<IReadOnlyList<string>> KeysAsync(string sql, int take, CancellationToken cancellationToken)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var keys = await Dapper.SqlMapper.QueryAsync<string>(connection,
            new Dapper.CommandDefinition(sql, new { take = (long)Math.Clamp(take, 0, SqlFactStore.MaxTake) }, cancellationToken: cancellationToken));
        return keys.ToList();
    }
}
