namespace CertEngine.Domain.Papers;

/// <summary>One candidate's theory paper (试卷), drawn from one published bank version.</summary>
/// <param name="BankId">The bank (occupation code) the paper was drawn from.</param>
/// <param name="BankVersion">The published bank version (≥ 1); grading must use this version's keys.</param>
/// <param name="Level">The level digit of the blueprint.</param>
/// <param name="WorkType">The 工种 of the blueprint, or null when the level has none.</param>
/// <param name="SessionSeed">The session's seed, stored with the attempt.</param>
/// <param name="Seat">The candidate's seat number in the session (≥ 0).</param>
/// <param name="Questions">Sections in blueprint order; items shuffled within each section.</param>
/// <remarks>
/// The same bank version, blueprint, seed and seat always give an equal paper. Equality compares every field and
/// every question in order.
/// </remarks>
public sealed record Paper(
    string BankId,
    int BankVersion,
    int Level,
    string? WorkType,
    ulong SessionSeed,
    int Seat,
    IReadOnlyList<PaperQuestion> Questions)
{
    /// <summary>The sum of the questions' points (normally 100).</summary>
    public decimal TotalPoints => Questions.Sum(q => q.Points);

    /// <summary>True when every field is equal and the questions are equal in the same order.</summary>
    public bool Equals(Paper? other) =>
        other is not null
        && BankId == other.BankId
        && BankVersion == other.BankVersion
        && Level == other.Level
        && WorkType == other.WorkType
        && SessionSeed == other.SessionSeed
        && Seat == other.Seat
        && Questions.SequenceEqual(other.Questions);

    /// <summary>A hash consistent with <see cref="Equals(Paper?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(BankId, BankVersion, Level, WorkType, SessionSeed, Seat, Questions.Count);
}
