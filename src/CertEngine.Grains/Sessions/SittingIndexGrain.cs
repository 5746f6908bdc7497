using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// A list of sittings (every sitting, or one staff member's) kept for the consoles, as rows of the record store
/// (<see cref="ISittingIndexStore"/>): the grain's own state holds only what an older release kept there, moved into
/// the table on first activation.
/// </summary>
public sealed class SittingIndexGrain(
    [PersistentState("sitting-index", StorageNames.Exams)] IPersistentState<SittingIndexState> legacy,
    ISittingIndexStore store) : Grain, ISittingIndexGrain
{
    private string IndexKey => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (legacy.State.Sittings.Count > 0)
        {
            await store.PutAsync(IndexKey, legacy.State.Sittings.Values.Select(Row).ToList(), cancellationToken);
            await legacy.ClearStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task AddAsync(SittingListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return store.PutAsync(IndexKey, [Row(listing)]);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string sessionId) => store.RemoveAsync(IndexKey, sessionId);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SittingListing>> ListAsync() =>
        (await store.ListAsync(IndexKey, ISittingIndexGrain.MaxListed)).Select(r => new SittingListing(
            r.SessionId, r.TrackKey, (ExamComponent)r.Component, r.Centre, r.Room, r.StartsAt)).ToList();

    private static SittingRow Row(SittingListing listing) =>
        new(listing.SessionId, listing.TrackKey, (int)listing.Component, listing.Centre, listing.Room, listing.StartsAt);
}
