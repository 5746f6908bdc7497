using CertEngine.Domain.Audit;

namespace CertEngine.Storage.Records;

/// <summary>
/// The audit log of the record store (tables of migration 0003, in the same database as grain state): append-only,
/// hash-chained per subject (<see cref="AuditChain"/>), anchored periodically, queryable with paging and filters.
/// </summary>
/// <remarks>
/// One writer per subject is expected (the subject's audit grain): it reads the head, then appends at head + 1. A second
/// writer racing on the same subject fails on the chain's primary key rather than forking the chain.
/// </remarks>
public interface IAuditLog
{
    /// <summary>The most links <see cref="AppendManyAsync"/> takes at once (ten parameters each, well inside SQLite's and PostgreSQL's limits).</summary>
    const int MaxBatch = 200;

    /// <summary>The newest record of <paramref name="subject"/>'s chain, or <see langword="null"/> for an empty chain.</summary>
    Task<AuditHead?> ReadHeadAsync(string subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="link"/> after <paramref name="previousHash"/>, with its head, in one transaction. Writing a
    /// fact id already stored changes nothing and returns <see langword="false"/>.
    /// </summary>
    Task<bool> AppendAsync(AuditLink link, string previousHash, string hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="links"/> of one subject in one transaction, each chained on the one before it (the first on
    /// its own <see cref="ChainedLink.PreviousHash"/>), and moves the head to the last. Every fact id must be new: one
    /// already stored, like a second writer at the same sequence, fails the whole batch and stores nothing.
    /// </summary>
    Task AppendManyAsync(IReadOnlyList<ChainedLink> links, CancellationToken cancellationToken = default);

    /// <summary>The first record of <paramref name="subject"/> with <paramref name="action"/>, or <see langword="null"/>.</summary>
    Task<AuditRow?> FindFirstAsync(string subject, string action, CancellationToken cancellationToken = default);

    /// <summary>The records of one subject, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditRow>> ReadSubjectAsync(string subject, int limit, CancellationToken cancellationToken = default);

    /// <summary>A page of records matching <paramref name="query"/>, newest first, and how many match in all.</summary>
    Task<(IReadOnlyList<AuditRow> Rows, long Total)> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes an anchor over the heads of every chain changed since the last anchor (at most <paramref name="maxHeads"/>
    /// of them; the rest wait for the next); returns the anchor's hash, or <see langword="null"/> when nothing changed.
    /// </summary>
    Task<string?> AnchorAsync(DateTimeOffset at, int maxHeads, CancellationToken cancellationToken = default);

    /// <summary>Walks every chain and anchor and names the first record or anchor that was changed, removed or reordered.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}

/// <summary>A link ready to append: the hash of the record before it and its own (<see cref="AuditChain.HashOf"/>).</summary>
public sealed record ChainedLink(AuditLink Link, string PreviousHash, string Hash);
