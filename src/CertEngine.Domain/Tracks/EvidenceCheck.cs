using System.Globalization;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// The checks a piece of evidence passes before it is kept (申报材料录入): dates neither in the future nor before the
/// candidate's birth, periods that end after they start, a stated occupation, a certificate level and number of the
/// right shape, and training hours within bounds. Whether the evidence makes the candidate eligible is the rule set's
/// question, not this one's.
/// </summary>
public static class EvidenceCheck
{
    /// <summary>The most characters of an occupation name or code.</summary>
    public const int MaxOccupationLength = 40;

    /// <summary>The most characters of a certificate number (the longest accepted format has 22).</summary>
    public const int MaxNumberLength = 32;

    /// <summary>The most training hours one record may hold (inclusive).</summary>
    public const decimal MaxHours = 5000;

    /// <summary>The highest level digit a certificate may carry (1 = the highest level, 5 = the lowest).</summary>
    public const int LowestLevel = 5;

    /// <summary>
    /// Why <paramref name="item"/> cannot be kept for a candidate born on <paramref name="birthDate"/>, as of
    /// <paramref name="today"/>; <see langword="null"/> when it can. A graduation may lie up to one year ahead (inclusive):
    /// a final-year student's expected graduation.
    /// </summary>
    public static Refused<EvidenceRefusal>? Check(EvidenceItem item, DateOnly birthDate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item switch
        {
            EvidenceItem.WorkExperience work => Occupation(work.Occupation) ?? Past(work.From, birthDate, today)
                ?? (work.To is { } to ? (to <= work.From ? Refused.Of(EvidenceRefusal.EndNotAfterStart, Date(work.From), Date(to)) : Past(to, birthDate, today)) : null),
            EvidenceItem.Apprenticeship apprenticeship => Past(apprenticeship.CompletedOn, birthDate, today),
            EvidenceItem.PriorCertificate certificate => Occupation(certificate.OccupationCode)
                ?? (certificate.Level is < 1 or > LowestLevel ? Refused.Of(EvidenceRefusal.LevelOutOfRange, 1, LowestLevel) : null)
                ?? Number(certificate.Number) ?? Past(certificate.IssuedOn, birthDate, today),
            EvidenceItem.Graduation graduation => graduation.GraduatedOn > today.AddYears(1)
                ? Refused.Of(EvidenceRefusal.GraduationTooFarAhead, Date(today.AddYears(1)))
                : graduation.GraduatedOn < birthDate ? Refused.Of(EvidenceRefusal.BeforeBirth, Date(graduation.GraduatedOn), Date(birthDate)) : null,
            EvidenceItem.TrainingRecord training => training.Hours is <= 0 or > MaxHours
                ? Refused.Of(EvidenceRefusal.HoursOutOfRange, MaxHours)
                : Past(training.CompletedOn, birthDate, today),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "unknown evidence kind"),
        };
    }

    private static Refused<EvidenceRefusal>? Occupation(string occupation) =>
        string.IsNullOrWhiteSpace(occupation) || occupation.Trim().Length > MaxOccupationLength
            ? Refused.Of(EvidenceRefusal.OccupationRequired, MaxOccupationLength)
            : null;

    private static Refused<EvidenceRefusal>? Number(string number)
    {
        var trimmed = number.Trim();
        return trimmed.Length is 0 or > MaxNumberLength || !trimmed.All(char.IsAsciiLetterOrDigit)
            ? Refused.Of(EvidenceRefusal.NumberMalformed, MaxNumberLength)
            : null;
    }

    private static Refused<EvidenceRefusal>? Past(DateOnly date, DateOnly birthDate, DateOnly today) =>
        date > today ? Refused.Of(EvidenceRefusal.DateInFuture, Date(date), Date(today))
        : date < birthDate ? Refused.Of(EvidenceRefusal.BeforeBirth, Date(date), Date(birthDate))
        : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
