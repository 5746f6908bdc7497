using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Tests;

/// <summary>
/// The real fact store, which can be told to die once at the next append, as the process would if it were killed
/// between a grain's state write and its fact: nothing after that point runs, the exception reaches the caller.
/// </summary>
public sealed class CrashingFactStore(IFactStore inner) : IFactStore
{
    private int _crashes;

    /// <summary>How many times each fact reached the database as a new row: a fact written twice would show 2.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Stored { get; } = new();

    /// <summary>The next append dies before reaching the database.</summary>
    public void CrashNextAppend() => Interlocked.Exchange(ref _crashes, 1);

    /// <inheritdoc />
    public async Task<int> AppendAsync(IReadOnlyList<RecordFact> facts, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _crashes, 0) == 1)
        {
            throw new CrashingEnrolmentStore.ProcessKilledException();
        }

        // One at a time, so the count says which of them were new rows.
        var stored = 0;
        foreach (var fact in facts)
        {
            if (await inner.AppendAsync([fact], cancellationToken) == 1)
            {
                Stored.AddOrUpdate(fact.FactId, 1, (_, n) => n + 1);
                stored++;
            }
        }

        return stored;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ResponseRow>> ResponsesAsync(string bankCode, int bankVersion, long skip, int take, CancellationToken cancellationToken = default) =>
        inner.ResponsesAsync(bankCode, bankVersion, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ComponentResultRow>> ComponentResultsAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default) =>
        inner.ComponentResultsAsync(trackKey, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CertificateRow>> CertificatesAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default) =>
        inner.CertificatesAsync(trackKey, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PracticalSheetRow>> PracticalSheetsAsync(string sessionId, long skip, int take, CancellationToken cancellationToken = default) =>
        inner.PracticalSheetsAsync(sessionId, skip, take, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CandidateRow>> CandidatesAsync(string? search, long skip, int take, CancellationToken cancellationToken = default) =>
        inner.CandidatesAsync(search, skip, take, cancellationToken);
}
