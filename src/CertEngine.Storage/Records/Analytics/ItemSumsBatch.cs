using System.Data.Common;

namespace CertEngine.Storage.Records.Analytics;

/// <summary>
/// The attempt and conduct facts newly stored in one fact-store transaction, counted into the item analysis sums
/// (<see cref="ItemSums"/>) together at its end. At a synchronised deadline one transaction of the fact writer holds a
/// few hundred hand-ins; counted one by one, each took five statements, and the deadline waited on them (docs/performance.md
/// "The deadline and the pool"). Together, the attempts counted for the first time take two statements per 500 and the
/// times one; an attempt counted before (a regrade, a fact delivered late) or twice in the transaction is still counted
/// fact by fact, in order, as <see cref="ItemSums.ApplyAsync"/> does.
/// </summary>
internal sealed class ItemSumsBatch
{
    private readonly List<(string FactId, string AttemptKey)> _attempts = [];
    private readonly HashSet<string> _timed = new(StringComparer.Ordinal);

    /// <summary>An attempt fact newly stored in the transaction (its row and responses inserted).</summary>
    public void Attempt(string factId, string attemptKey)
    {
        _attempts.Add((factId, attemptKey));
        _timed.Add(attemptKey);
    }

    /// <summary>A conduct fact (answer timings) newly stored in the transaction.</summary>
    public void Conduct(string attemptKey) => _timed.Add(attemptKey);

    /// <summary>Counts everything noted, in the transaction, before it commits.</summary>
    public async Task ApplyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (_attempts.Count > 0)
        {
            var counted = await ItemSums.CountedAsync(connection, transaction, [.. _attempts.Select(a => a.AttemptKey).Distinct(StringComparer.Ordinal)], cancellationToken);
            var once = _attempts.CountBy(a => a.AttemptKey, StringComparer.Ordinal).Where(c => c.Value == 1).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            bool First((string FactId, string AttemptKey) a) => once.Contains(a.AttemptKey) && !counted.Contains(a.AttemptKey);

            await ItemSums.CountFirstAsync(connection, transaction, [.. _attempts.Where(First).Select(a => a.FactId)], cancellationToken);
            foreach (var (factId, attemptKey) in _attempts.Where(a => !First(a)))
            {
                await ItemSums.ApplyAsync(connection, transaction, factId, attemptKey, cancellationToken);
            }
        }

        await ItemSums.ApplyTimesAsync(connection, transaction, _timed, cancellationToken);
        _attempts.Clear();
        _timed.Clear();
    }
}
