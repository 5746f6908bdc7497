using System.Data.Common;

namespace CertEngine.Storage.Records.Facts;

/// <summary>
/// The silo's one way of writing facts into the record store: a queue in front of <see cref="SqlFactStore"/>. At a
/// synchronised deadline every attempt of a sitting hands in at once and each one's outbox stores its fact; written one
/// transaction per grain they took every connection of the pool, and the pages' and reports' reads waited for a
/// connection until they failed (docs/performance.md "The deadline and the pool"). Here at most
/// <see cref="Writers"/> transactions write facts at any moment, so the rest of the pool stays free for reads,
/// reminders and the audit log; and each transaction takes every fact waiting by then, up to
/// <see cref="MaxFactsPerTransaction"/>, so a burst costs a few commits instead of one per grain. Each caller still
/// learns how many of its own facts were new, and a fact the store refuses (a malformed one) fails only its own caller.
/// </summary>
public sealed class FactWriter : IFactStore
{
    private readonly SqlFactStore _store;
    private readonly Queue<Pending> _queue = new();
    private readonly Lock _gate = new();
    private int _running;

    /// <summary>Writes through <paramref name="store"/>.</summary>
    /// <param name="store">The record store's facts.</param>
    /// <param name="writers">The most transactions writing facts at once (each holds one connection).</param>
    /// <param name="maxFactsPerTransaction">The most facts one transaction takes (a caller's facts are never split).</param>
    public FactWriter(SqlFactStore store, int writers, int maxFactsPerTransaction = 256)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFactsPerTransaction, 1);
        (_store, Writers, MaxFactsPerTransaction) = (store, writers, maxFactsPerTransaction);
    }

    /// <summary>
    /// The writer for <paramref name="settings"/>: one transaction at a time, on SQLite (one writer at a time anyway) and on
    /// PostgreSQL (one of the pool's ten connections). Two concurrent fact transactions of a sitting's hand-ins update the
    /// same items' analysis sums (<c>certengineitemsums</c>) in different orders and deadlock each other (seen in the
    /// exam-day run with two writers); one writer taking every waiting fact is as fast and cannot.
    /// </summary>
    public static FactWriter For(StorageSettings settings) => new(new SqlFactStore(settings), 1);

    /// <summary>How often a transaction that PostgreSQL chose as a deadlock's victim (or failed to serialise) is tried again.</summary>
    public const int ConflictRetries = 3;

    /// <summary>The most transactions writing facts at once.</summary>
    public int Writers { get; }

    /// <summary>The most facts one transaction takes.</summary>
    public int MaxFactsPerTransaction { get; }

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    private long _transactions;

    /// <inheritdoc />
    public Task<int> AppendAsync(IReadOnlyList<RecordFact> facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return Task.FromResult(0);
        }

        var pending = new Pending([.. facts]);
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(pending);
            start = _running < Writers;
            if (start)
            {
                _running++;
            }
        }

        if (start)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            lock (_gate)
            {
                var facts = 0;
                while (_queue.TryPeek(out var next) && (batch.Count == 0 || facts + next.Facts.Count <= MaxFactsPerTransaction))
                {
                    batch.Add(_queue.Dequeue());
                    facts += next.Facts.Count;
                }

                if (batch.Count == 0)
                {
                    _running--;
                    return;
                }
            }

            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            var counts = await AppendRetryingAsync(batch.Select(p => p.Facts).ToList());
            Interlocked.Increment(ref _transactions);
            StorageMetrics.Written(batch.Sum(p => p.Facts.Count));
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(counts[i]);
            }
        }
        catch (Exception e) when (batch.Count > 1 && !IsUnreachable(e))
        {
            // One caller's fact spoiled the transaction (the store refused it): the others must not fail with it.
            foreach (var one in batch)
            {
                await WriteAsync([one]);
            }
        }
        catch (Exception e)
        {
            foreach (var one in batch)
            {
                one.Done.TrySetException(e);
            }
        }
    }

    // Another silo's fact writer (a cluster) may still meet this one on the same items' sums: the loser is tried again.
    private async Task<IReadOnlyList<int>> AppendRetryingAsync(IReadOnlyList<IReadOnlyList<RecordFact>> groups)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _store.AppendGroupsAsync(groups);
            }
            catch (DbException e) when (attempt <= ConflictRetries && e.SqlState is "40P01" or "40001")
            {
                // Facts are idempotent by id and the transaction was rolled back: writing it again is safe.
            }
        }
    }

    // The database could not be reached or did not answer in time: every caller fails alike and its outbox retries.
    private static bool IsUnreachable(Exception e) => e is TimeoutException or IOException or DbException { IsTransient: true };

    /// <inheritdoc />
    public Task<IReadOnlyList<ResponseRow>> ResponsesAsync(string bankCode, int bankVersion, long skip, int take, CancellationToken cancellationToken = default) =>
        _store.ResponsesAsync(bankCode, bankVersion, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ComponentResultRow>> ComponentResultsAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default) =>
        _store.ComponentResultsAsync(trackKey, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CertificateRow>> CertificatesAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default) =>
        _store.CertificatesAsync(trackKey, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PracticalSheetRow>> PracticalSheetsAsync(string sessionId, long skip, int take, CancellationToken cancellationToken = default) =>
        _store.PracticalSheetsAsync(sessionId, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CandidateRow>> CandidatesAsync(string? search, long skip, int take, CancellationToken cancellationToken = default) =>
        _store.CandidatesAsync(search, skip, take, cancellationToken);

    private sealed record Pending(IReadOnlyList<RecordFact> Facts)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
