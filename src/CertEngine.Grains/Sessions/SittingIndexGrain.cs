using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>A list of sittings (every sitting, or one staff member's) kept for the consoles.</summary>
public sealed class SittingIndexGrain(
    [PersistentState("sitting-index", StorageNames.Exams)] IPersistentState<SittingIndexState> state) : Grain, ISittingIndexGrain
{
    /// <inheritdoc />
    public async Task AddAsync(SittingListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        if (state.State.Sittings.TryGetValue(listing.SessionId, out var known) && known == listing)
        {
            return;
        }

        state.State.Sittings[listing.SessionId] = listing;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string sessionId)
    {
        if (state.State.Sittings.Remove(sessionId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SittingListing>> ListAsync() => Task.FromResult<IReadOnlyList<SittingListing>>(
        state.State.Sittings.Values.OrderByDescending(s => s.StartsAt).ThenBy(s => s.SessionId, StringComparer.Ordinal).ToList());
}
