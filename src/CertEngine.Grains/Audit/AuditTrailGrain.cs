using CertEngine.Contracts;
using CertEngine.Domain.Audit;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Audit;

/// <summary>
/// The one writer of one subject's audit chain in the record store (<see cref="IAuditLog"/>): it keeps the chain's head
/// in memory and appends each record at head + 1 with its hash. Its own state holds only what an older release stored
/// here (the whole trail as a list), which is moved into the chain on first activation and then cleared: the state no
/// longer grows with the records.
/// </summary>
/// <remarks>
/// Appends are committed in groups: <see cref="AppendAsync"/> interleaves, so while one group is being written the calls
/// that arrive wait together and go into the next one, in the order they came, chained and stored in one transaction
/// (<see cref="IAuditLog.AppendManyAsync"/>). A sitting's hundred hand-ins at one deadline each append to the sitting's
/// trail: one at a time they queued a hundred commits behind each other, which held the last hand-in half a minute at
/// 5,000 candidates (issue 18). Each caller still returns only once its records are stored.
/// </remarks>
[CollectionAgeLimit(Minutes = IdleGrains.Minutes)]
public sealed class AuditTrailGrain(
    [PersistentState("audit", StorageNames.Exams)] IPersistentState<AuditTrailState> legacy,
    IAuditLog log) : Grain, IAuditTrailGrain
{
    /// <summary>The most records <see cref="GetAsync"/> returns (the audit API pages through the table instead).</summary>
    public const int ReadLimit = 10_000;

    private readonly List<Waiting> _waiting = [];
    private AuditHead? _head;
    private bool _headKnown;
    private bool _writing;

    private string Subject => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _head = await log.ReadHeadAsync(Subject, cancellationToken);
        _headKnown = true;
        if (legacy.State.Records.Count > 0)
        {
            // Written before the record store: chained in their order under fact ids derived from their place, so an
            // import interrupted by a crash resumes without doubling a record.
            for (var i = 0; i < legacy.State.Records.Count; i++)
            {
                await AppendOneAsync(legacy.State.Records[i], $"legacy/{Subject}/{i}", cancellationToken);
            }

            await legacy.ClearStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return Task.CompletedTask;
        }

        var waiting = new Waiting([.. records], new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _waiting.Add(waiting);
        if (!_writing)
        {
            // Every await in it resumes on this activation's scheduler, like any turn of the grain.
            _writing = true;
            _ = WriteWaitingAsync();
        }

        return waiting.Stored.Task;
    }

    /// <inheritdoc />
    public async Task<AuditRecord> AppendOnceAsync(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await log.FindFirstAsync(Subject, record.Action) is { } first)
        {
            return Record(first);
        }

        await AppendAsync([record]);
        return record;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRecord>> GetAsync() => (await log.ReadSubjectAsync(Subject, ReadLimit)).Select(Record).ToList();

    /// <inheritdoc />
    public Task MigrateAsync() => Task.CompletedTask;

    private async Task AppendOneAsync(AuditRecord record, string factId, CancellationToken cancellationToken)
    {
        var previous = _head?.Hash ?? AuditChain.Genesis;
        var link = new AuditLink(Subject, (_head?.Sequence ?? 0) + 1, factId, AuditChain.MicrosecondsOf(record.At),
            record.Actor, record.Action, record.Reason, record.Details);
        var hash = AuditChain.HashOf(previous, link);
        if (await log.AppendAsync(link, previous, hash, cancellationToken))
        {
            _head = new AuditHead(Subject, link.Sequence, hash);
        }
        else
        {
            // The fact was already stored (an interrupted import resuming): the head is whatever the table holds.
            _head = await log.ReadHeadAsync(Subject, cancellationToken);
        }
    }

    // Writes what waits, group by group (at most IAuditLog.MaxBatch records each, whole calls together where they fit), until
    // nothing does. A group that fails fails its callers and every caller waiting behind it, and the head is read again
    // before the next group: the chain in the table, never this activation's memory of it, decides where the next
    // record goes.
    private async Task WriteWaitingAsync()
    {
        try
        {
            while (_waiting.Count > 0)
            {
                var group = TakeGroup();
                try
                {
                    if (!_headKnown)
                    {
                        _head = await log.ReadHeadAsync(Subject);
                        _headKnown = true;
                    }

                    foreach (var chunk in group.SelectMany(w => w.Records).Chunk(IAuditLog.MaxBatch))
                    {
                        var links = Chain(chunk);
                        await log.AppendManyAsync(links);
                        _head = new AuditHead(Subject, links[^1].Link.Sequence, links[^1].Hash);
                    }
                }
                catch (Exception e)
                {
                    _headKnown = false;
                    foreach (var failed in group.Concat(_waiting))
                    {
                        failed.Stored.TrySetException(e);
                    }

                    _waiting.Clear();
                    return;
                }

                foreach (var stored in group)
                {
                    stored.Stored.TrySetResult();
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }

    // The next group: whole calls in arrival order while they fit in one batch (a larger call goes alone, in chunks).
    private List<Waiting> TakeGroup()
    {
        var count = 0;
        var take = 0;
        while (take < _waiting.Count && (take == 0 || count + _waiting[take].Records.Length <= IAuditLog.MaxBatch))
        {
            count += _waiting[take].Records.Length;
            take++;
        }

        var group = _waiting.GetRange(0, take);
        _waiting.RemoveRange(0, take);
        return group;
    }

    private List<ChainedLink> Chain(IEnumerable<AuditRecord> records)
    {
        var links = new List<ChainedLink>();
        var (previous, sequence) = (_head?.Hash ?? AuditChain.Genesis, _head?.Sequence ?? 0);
        foreach (var record in records)
        {
            var link = new AuditLink(Subject, ++sequence, Guid.NewGuid().ToString("N"), AuditChain.MicrosecondsOf(record.At),
                record.Actor, record.Action, record.Reason, record.Details);
            var hash = AuditChain.HashOf(previous, link);
            links.Add(new ChainedLink(link, previous, hash));
            previous = hash;
        }

        return links;
    }

    private sealed record Waiting(AuditRecord[] Records, TaskCompletionSource Stored);

    private static AuditRecord Record(AuditRow row) => new(row.At, row.Actor, row.Action, row.Subject, row.Reason, row.Details);
}
