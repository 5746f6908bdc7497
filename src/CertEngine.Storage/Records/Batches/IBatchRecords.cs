namespace CertEngine.Storage.Records.Batches;

/// <summary>
/// Exam batches (批次, migration 0017): the batches, the sittings scheduled into each, and each batch's candidates with
/// the one admission ticket number they hold in it. Membership is a table, never grain state: it grows with candidates.
/// </summary>
public interface IBatchRecords
{
    /// <summary>The most batches or members one read returns.</summary>
    const int MaxTake = 500;

    /// <summary>The most sittings one batch lists.</summary>
    const int MaxSittings = 200;

    /// <summary>The most seats one admission takes (the largest roster).</summary>
    const int MaxSeats = 5_000;

    /// <summary>Creates a batch; false (nothing written) when its id, or its name within the track, is taken.</summary>
    Task<bool> CreateAsync(BatchRow batch, CancellationToken cancellationToken = default);

    /// <summary>The batch, or null.</summary>
    Task<BatchRow?> FindAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>Batches of one track (or all), latest first day first, a page of at most <see cref="MaxTake"/>.</summary>
    Task<IReadOnlyList<BatchRow>> ListAsync(string? trackKey, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes sitting <paramref name="sessionId"/> and its roster's tickets into the batch, all or nothing: each candidate
    /// keeps the number they already hold in the batch, and no number goes to two candidates. Idempotent: taking the same
    /// seats in again writes nothing. Returns null when taken in, else the first conflict (and nothing is written).
    /// </summary>
    Task<BatchConflict?> AdmitAsync(string batchId, string sessionId, IReadOnlyList<BatchMember> seats, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The batch of a sitting, or null for a sitting scheduled into none.</summary>
    Task<string?> BatchOfSittingAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>The sittings scheduled into the batch (at most <see cref="MaxSittings"/>), in the order they joined.</summary>
    Task<IReadOnlyList<string>> SittingsAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>The batch's candidates by ticket number, a page of at most <see cref="MaxTake"/>.</summary>
    Task<IReadOnlyList<BatchMember>> MembersAsync(string batchId, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The numbers the given candidates hold in the batch (those who hold none are left out).</summary>
    Task<IReadOnlyDictionary<string, string>> TicketsOfAsync(string batchId, IReadOnlyList<string> idNumbers, CancellationToken cancellationToken = default);

    /// <summary>How many candidates the batch has.</summary>
    Task<long> CountMembersAsync(string batchId, CancellationToken cancellationToken = default);
}
