using System.Globalization;
using CertEngine.Contracts.Certificates;

namespace CertEngine.Grains.Certificates;

/// <summary>One day's durable count of public verifications.</summary>
public sealed class VerificationTallyGrain(
    [PersistentState("verification-tally", StorageNames.Exams)] IPersistentState<VerificationTallyState> state) : Grain, IVerificationTallyGrain
{
    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            return;
        }

        foreach (var (outcome, count) in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            state.State.ByOutcome[outcome] = state.State.ByOutcome.GetValueOrDefault(outcome) + count;
        }

        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<VerificationTally> GetAsync() => Task.FromResult(new VerificationTally(
        DateOnly.ParseExact(this.GetPrimaryKeyString(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        new Dictionary<string, long>(state.State.ByOutcome, StringComparer.Ordinal)));
}
