using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Credit;

/// <summary>Training hours a training centre enters or imports: <c>POST /api/training-hours</c>, at most <see cref="MaxEntries"/> at once.</summary>
/// <param name="Entries">The entries; the whole batch is refused when one is wrong.</param>
public sealed record TrainingImport([property: Required] IReadOnlyList<TrainingImport.Entry> Entries)
{
    /// <summary>The most entries one request carries.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>One entry: a worker's hours on one course.</summary>
    /// <param name="IdNumber">The worker's ID number (GB 11643).</param>
    /// <param name="Centre">The training centre (at most 100 characters).</param>
    /// <param name="Course">The course (at most 100 characters).</param>
    /// <param name="Hours">Hours, more than 0 and at most 2,000.</param>
    /// <param name="From">The first day (yyyy-MM-dd).</param>
    /// <param name="To">The last day (yyyy-MM-dd), not before <paramref name="From"/> and not in the future.</param>
    public sealed record Entry(string? IdNumber, string? Centre, string? Course, decimal Hours, DateOnly From, DateOnly To);
}
