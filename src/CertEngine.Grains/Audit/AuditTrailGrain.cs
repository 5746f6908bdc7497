using CertEngine.Contracts;

namespace CertEngine.Grains.Audit;

/// <summary>An append-only audit trail of one subject.</summary>
public sealed class AuditTrailGrain(
    [PersistentState("audit", StorageNames.Exams)] IPersistentState<AuditTrailState> state) : Grain, IAuditTrailGrain
{
    /// <inheritdoc />
    public async Task AppendAsync(IReadOnlyList<AuditRecord> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        state.State.Records.AddRange(records);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<AuditRecord> AppendOnceAsync(AuditRecord record)
    {
        if (state.State.Records.FirstOrDefault(r => r.Action == record.Action) is { } first)
        {
            return first;
        }

        state.State.Records.Add(record);
        await state.WriteStateAsync();
        return record;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditRecord>> GetAsync() => Task.FromResult<IReadOnlyList<AuditRecord>>(state.State.Records.ToList());
}
