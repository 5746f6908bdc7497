namespace CertEngine.Storage.Records;

/// <summary>The record store's enrolments (migration 0004): appended once per candidate and track, queried by track.</summary>
public interface IEnrolmentStore
{
    /// <summary>Stores the enrolments not yet stored (by fact id) in one transaction; returns how many were new.</summary>
    Task<int> AppendAsync(IReadOnlyList<EnrolmentFact> facts, CancellationToken cancellationToken = default);

    /// <summary>How many candidates are enrolled on <paramref name="trackKey"/>.</summary>
    Task<long> CountAsync(string trackKey, CancellationToken cancellationToken = default);

    /// <summary>The ID numbers enrolled on <paramref name="trackKey"/>, in order of enrolment, one page.</summary>
    Task<IReadOnlyList<string>> ListAsync(string trackKey, int skip, int take, CancellationToken cancellationToken = default);
}
