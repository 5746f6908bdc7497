using CertEngine.Storage.Records.Batches;

namespace CertEngine.Server.Features.Batches;

/// <summary>A batch (批次) as its page and <c>GET /api/batches/{id}</c> show it: the batch, its sittings, a page of its candidates.</summary>
/// <param name="Batch">The batch.</param>
/// <param name="Sittings">Its sittings, by start.</param>
/// <param name="Candidates">How many candidates it has.</param>
/// <param name="Page">The page of candidates shown (from 1).</param>
/// <param name="Pages">How many pages there are.</param>
/// <param name="Lines">The page's candidates, by ticket number.</param>
public sealed record BatchDetails(BatchRow Batch, IReadOnlyList<BatchSitting> Sittings, long Candidates, int Page, int Pages, IReadOnlyList<BatchCandidate> Lines);

/// <summary>A sitting of a batch.</summary>
/// <param name="SessionId">The sitting.</param>
/// <param name="Component">Theory, Practical or Review.</param>
/// <param name="Status">Its state (Scheduled … Closed, Cancelled).</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="Centre">The 考点.</param>
/// <param name="Room">The 考场.</param>
/// <param name="Rostered">How many candidates it has.</param>
public sealed record BatchSitting(string SessionId, string Component, string Status, DateTimeOffset StartsAt, string Centre, string Room, int Rostered);

/// <summary>A candidate of a batch with their one admission ticket number in it.</summary>
/// <param name="Ticket">The ticket number.</param>
/// <param name="IdNumber">The ID number (staff only; pages show it masked).</param>
/// <param name="Name">The name.</param>
public sealed record BatchCandidate(string Ticket, string IdNumber, string Name);
