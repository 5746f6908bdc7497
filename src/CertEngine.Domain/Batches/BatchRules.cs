namespace CertEngine.Domain.Batches;

/// <summary>
/// The rules of an exam batch (批次): a named round of one track, e.g. 2026年第12批, with its theory and practical sittings
/// at one centre over a few days. Each candidate of a batch holds one admission ticket number (准考证号) for all its
/// sittings, and a ticket number belongs to one candidate.
/// </summary>
public static class BatchRules
{
    /// <summary>The longest batch name, in characters.</summary>
    public const int MaxName = 40;

    /// <summary>The longest centre name, in characters.</summary>
    public const int MaxCentre = 60;

    /// <summary>The longest a batch may span, first and last day included, in days.</summary>
    public const int MaxDays = 92;

    /// <summary>Why a batch with these fields may not be created, or null.</summary>
    /// <param name="name">The batch's name, trimmed.</param>
    /// <param name="centre">The 考点, trimmed.</param>
    /// <param name="firstDay">The first exam day.</param>
    /// <param name="lastDay">The last exam day (inclusive).</param>
    public static Refused<BatchRefusal>? Check(string name, string centre, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(centre);
        if (name.Length == 0 || name.Length > MaxName || name.Any(char.IsControl))
        {
            return Refused.Of(BatchRefusal.NameInvalid, MaxName);
        }

        if (centre.Length == 0 || centre.Length > MaxCentre || centre.Any(char.IsControl))
        {
            return Refused.Of(BatchRefusal.CentreInvalid, MaxCentre);
        }

        return lastDay < firstDay || lastDay.DayNumber - firstDay.DayNumber + 1 > MaxDays ? Refused.Of(BatchRefusal.DatesInvalid, MaxDays) : null;
    }
}
