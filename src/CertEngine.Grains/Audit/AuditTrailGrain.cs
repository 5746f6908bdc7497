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
[CollectionAgeLimit(Minutes = IdleGrains.Minutes)]
public sealed class AuditTrailGrain(
    [PersistentState("audit", StorageNames.Exams)] IPersistentState<AuditTrailState> legacy,
    IAuditLog log) : Grain, IAuditTrailGrain
{
    /// <summary>The most records <see cref="GetAsync"/> returns (the audit API pages through the table instead).</summary>
    public const int ReadLimit = 10_000;

    private AuditHead? _head;

    private string Subject => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _head = await log.ReadHeadAsync(Subject, cancellationToken);
        if (legacy.State.Records.Count > 0)
        {
            // Written before the record store: chained in their order under fact ids derived from their place, so an
            // import interrupted by a crash resumes without doubling a record.
            for (var i = 0; i < legacy.State.Records.Count; i++)
            {
                await AppendAsync(legacy.State.Records[i], $"legacy/{Subject}/{i}", cancellationToken);
            }

            await legacy.ClearStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            await AppendAsync(record, Guid.NewGuid().ToString("N"), CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public async Task<AuditRecord> AppendOnceAsync(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await log.FindFirstAsync(Subject, record.Action) is { } first)
        {
            return Record(first);
        }

        await AppendAsync(record, Guid.NewGuid().ToString("N"), CancellationToken.None);
        return record;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditRecord>> GetAsync() => (await log.ReadSubjectAsync(Subject, ReadLimit)).Select(Record).ToList();

    /// <inheritdoc />
    public Task MigrateAsync() => Task.CompletedTask;

    private async Task AppendAsync(AuditRecord record, string factId, CancellationToken cancellationToken)
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

    private static AuditRecord Record(AuditRow row) => new(row.At, row.Actor, row.Action, row.Subject, row.Reason, row.Details);
}
