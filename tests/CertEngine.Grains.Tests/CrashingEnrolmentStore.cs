using CertEngine.Storage.Records;

namespace CertEngine.Grains.Tests;

/// <summary>
/// The real enrolment store, which can be told to die once at the next append, as the process would if it were killed
/// between a grain's state write and its fact: nothing after that point runs, the exception reaches the caller.
/// </summary>
public sealed class CrashingEnrolmentStore(IEnrolmentStore inner) : IEnrolmentStore
{
    private int _crashes;

    /// <summary>How many facts were stored, by fact id: a fact written twice would show 2.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Stored { get; } = new();

    /// <summary>The next append dies before reaching the database.</summary>
    public void CrashNextAppend() => Interlocked.Exchange(ref _crashes, 1);

    /// <inheritdoc />
    public async Task<int> AppendAsync(IReadOnlyList<EnrolmentFact> facts, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _crashes, 0) == 1)
        {
            throw new ProcessKilledException();
        }

        var stored = await inner.AppendAsync(facts, cancellationToken);
        if (stored == facts.Count)
        {
            foreach (var fact in facts)
            {
                Stored.AddOrUpdate(fact.FactId, 1, (_, n) => n + 1);
            }
        }

        return stored;
    }

    /// <inheritdoc />
    public Task<long> CountAsync(string trackKey, CancellationToken cancellationToken = default) => inner.CountAsync(trackKey, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync(string trackKey, int skip, int take, CancellationToken cancellationToken = default) =>
        inner.ListAsync(trackKey, skip, take, cancellationToken);

    /// <summary>What the "killed" process leaves behind.</summary>
    public sealed class ProcessKilledException() : Exception("the process was killed between the state write and the fact");
}
