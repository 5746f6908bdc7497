namespace CertEngine.Contracts.Sessions;

/// <summary>
/// A list of sittings for the staff consoles (监考台, 评分台). Key: <see cref="All"/> for every sitting, otherwise a staff
/// member's lower-case user name, listing the sittings that name them as proctor, assessor or chief assessor. Written by
/// each sitting when it is scheduled and when its staff change; never on an exam's hot path. The lists are rows of the
/// record store, so no grain's state grows with the sittings.
/// </summary>
public interface ISittingIndexGrain : IGrainWithStringKey
{
    /// <summary>The key of the list of every sitting (not a valid user name, so it cannot collide with one).</summary>
    const string All = "*";

    /// <summary>Adds or replaces the listing of one sitting.</summary>
    Task AddAsync(SittingListing listing);

    /// <summary>Removes a sitting from this list (its staff member was taken off it); nothing when absent.</summary>
    Task RemoveAsync(string sessionId);

    /// <summary>The most sittings <see cref="ListAsync"/> returns.</summary>
    const int MaxListed = 1_000;

    /// <summary>The sittings listed, latest start first, at most <see cref="MaxListed"/>.</summary>
    Task<IReadOnlyList<SittingListing>> ListAsync();
}
