using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records;

/// <summary><see cref="IEnrolmentStore"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper.</summary>
public sealed class SqlEnrolmentStore(StorageSettings settings) : IEnrolmentStore
{
    /// <summary>The largest page <see cref="ListAsync"/> returns.</summary>
    public const int MaxTake = 10_000;

    /// <inheritdoc />
    public async Task<int> AppendAsync(IReadOnlyList<EnrolmentFact> facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return 0;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineenrolments (trackkey, idnumber, factid, conditionid, evidence, atus, actor) " +
            "VALUES (@TrackKey, @IdNumber, @FactId, @ConditionId, @Evidence, @AtUs, @Actor) ON CONFLICT DO NOTHING;",
            facts.Select(f => new
            {
                f.TrackKey, f.IdNumber, f.FactId, f.ConditionId, Evidence = string.Join(",", f.EvidenceIds), AtUs = AuditChain.MicrosecondsOf(f.At), f.Actor,
            }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(string trackKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certengineenrolments WHERE trackkey = @trackKey;", new { trackKey }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListAsync(string trackKey, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT idnumber FROM certengineenrolments WHERE trackkey = @trackKey ORDER BY atus, idnumber LIMIT @take OFFSET @skip;",
            new { trackKey, skip = (long)Math.Max(0, skip), take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken));
        return ids.ToList();
    }
}
