using System.Globalization;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// One requirement of an eligibility condition (申报条件). A condition is met when ALL its requirements are. Years are
/// counted exactly by dates: N years from a date D are reached on D plus N calendar years (29 February + 1 year = 28
/// February), so the day before is short and that day itself counts.
/// </summary>
public abstract record EligibilityRequirement
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private EligibilityRequirement()
    {
    }

    /// <summary>Checks the candidate's evidence as of <paramref name="today"/>; evidence dated after today does not count.</summary>
    public abstract RequirementOutcome Check(CandidateEvidence evidence, DateOnly today);

    /// <summary>
    /// Cumulative work (累计从事本职业或相关职业工作) of at least <paramref name="Years"/> years in any of
    /// <paramref name="Occupations"/>. Overlapping periods count once; gaps do not count. The total is measured as one
    /// unbroken stretch ending where the latest period ends, so a single period of work from D counts N years on D + N years.
    /// </summary>
    /// <param name="Years">Whole years, ≥ 1.</param>
    /// <param name="Occupations">This occupation's name and code and its 相关职业; compared exactly with each period's occupation.</param>
    public sealed record WorkYears(int Years, IReadOnlyList<string> Occupations) : EligibilityRequirement
    {
        /// <summary>Whole years, ≥ 1.</summary>
        public int Years { get; } = Years >= 1 ? Years : throw new ArgumentOutOfRangeException(nameof(Years), Years, "at least one year");

        /// <inheritdoc />
        public override RequirementOutcome Check(CandidateEvidence evidence, DateOnly today)
        {
            var periods = evidence.Items.OfType<EvidenceItem.WorkExperience>()
                .Where(w => Occupations.Contains(w.Occupation.Trim(), StringComparer.Ordinal))
                .Select(w => (w.Id, w.From, End: Min(w.To ?? today, today)))
                .Where(p => p.From < p.End)
                .OrderBy(p => p.From)
                .ToList();
            var days = 0;
            var coveredUntil = DateOnly.MinValue;
            foreach (var (_, from, end) in periods)
            {
                var start = Max(from, coveredUntil);
                if (end > start)
                {
                    days += end.DayNumber - start.DayNumber;
                    coveredUntil = end;
                }
            }

            if (periods.Count > 0)
            {
                var lastEnd = periods.Max(p => p.End);
                var virtualStart = lastEnd.AddDays(-days);
                if (virtualStart.AddYears(Years) <= lastEnd)
                {
                    return new RequirementOutcome.Met(periods.Select(p => p.Id).ToList());
                }

                var (y, d) = Span(virtualStart, lastEnd);
                return new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.WorkYearsShort, Years, y, d));
            }

            return new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.NoWorkExperience, string.Join(", ", Occupations)));
        }
    }

    /// <summary>学徒期满: an apprenticeship completed on or before today.</summary>
    public sealed record ApprenticeshipCompleted : EligibilityRequirement
    {
        /// <inheritdoc />
        public override RequirementOutcome Check(CandidateEvidence evidence, DateOnly today)
        {
            var done = evidence.Items.OfType<EvidenceItem.Apprenticeship>().Where(a => a.CompletedOn <= today).ToList();
            return done.Count > 0
                ? new RequirementOutcome.Met([done.MinBy(a => a.CompletedOn)!.Id])
                : new RequirementOutcome.Unmet(EligibilityRefusal.NoApprenticeship);
        }
    }

    /// <summary>
    /// A certificate of <paramref name="OccupationCode"/> at exactly <paramref name="Level"/>, obtained at least
    /// <paramref name="YearsSinceIssue"/> years ago, whose number has one of <paramref name="NumberFormats"/> and whose
    /// level digit agrees with the level claimed.
    /// </summary>
    /// <param name="YearsSinceIssue">Whole years since 发证日期, ≥ 0 (0: holding it is enough).</param>
    public sealed record PriorCertificate(
        string OccupationCode,
        int Level,
        int YearsSinceIssue,
        IReadOnlyList<CertificateNumberFormat> NumberFormats) : EligibilityRequirement
    {
        /// <summary>Whole years since issue, ≥ 0.</summary>
        public int YearsSinceIssue { get; } = YearsSinceIssue >= 0
            ? YearsSinceIssue
            : throw new ArgumentOutOfRangeException(nameof(YearsSinceIssue), YearsSinceIssue, "years cannot be negative");

        /// <inheritdoc />
        public override RequirementOutcome Check(CandidateEvidence evidence, DateOnly today)
        {
            var held = evidence.Items.OfType<EvidenceItem.PriorCertificate>()
                .Where(c => c.OccupationCode.Trim() == OccupationCode && c.Level == Level && c.IssuedOn <= today)
                .OrderBy(c => c.IssuedOn)
                .ToList();
            if (held.Count == 0)
            {
                return new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.NoPriorCertificate, OccupationCode, LevelArg(Level)));
            }

            // Report a valid but too recent certificate before a malformed one: it is the nearer miss.
            Refused<EligibilityRefusal>? tooRecent = null;
            Refused<EligibilityRefusal>? badNumber = null;
            foreach (var certificate in held)
            {
                var number = certificate.Number.Trim();
                var digits = NumberFormats.Select(f => (Format: f, Digit: f.LevelDigitOf(number))).Where(x => x.Digit is not null).ToList();
                if (digits.Count == 0)
                {
                    badNumber ??= Refused.Of(EligibilityRefusal.CertificateNumberUnrecognised, number, string.Join(", ", NumberFormats.Select(f => f.Name)));
                    continue;
                }

                if (digits.All(x => x.Digit != Level))
                {
                    var digit = digits[0].Digit!.Value;
                    badNumber ??= Refused.Of(EligibilityRefusal.CertificateLevelMismatch, number, digit, LevelArg(Level));
                    continue;
                }

                var due = certificate.IssuedOn.AddYears(YearsSinceIssue);
                if (due <= today)
                {
                    return new RequirementOutcome.Met([certificate.Id]);
                }

                tooRecent ??= Refused.Of(EligibilityRefusal.PriorCertificateTooRecent, LevelArg(Level), Date(certificate.IssuedOn), YearsSinceIssue, Date(due));
            }

            return new RequirementOutcome.Unmet(tooRecent ?? badNumber!);
        }
    }

    /// <summary>
    /// A graduation certificate from one of <paramref name="Schools"/>; in this or a related major when
    /// <paramref name="RelatedMajor"/>; final-year students (expected graduation within one year after today, inclusive)
    /// count when <paramref name="FinalYearStudents"/>.
    /// </summary>
    public sealed record Graduation(IReadOnlyList<SchoolKind> Schools, bool RelatedMajor, bool FinalYearStudents) : EligibilityRequirement
    {
        /// <inheritdoc />
        public override RequirementOutcome Check(CandidateEvidence evidence, DateOnly today)
        {
            var latest = FinalYearStudents ? today.AddYears(1) : today;
            var graduations = evidence.Items.OfType<EvidenceItem.Graduation>().Where(g => Schools.Contains(g.School)).ToList();
            var fitting = graduations.Where(g => (!RelatedMajor || g.RelatedMajor) && g.GraduatedOn <= latest).OrderBy(g => g.GraduatedOn).ToList();
            if (fitting.Count > 0)
            {
                return new RequirementOutcome.Met([fitting[0].Id]);
            }

            var schools = string.Join(",", Schools);
            if (graduations.Count == 0)
            {
                return new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.NoGraduation, schools));
            }

            return RelatedMajor && graduations.All(g => !g.RelatedMajor)
                ? new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.GraduationMajorUnrelated, schools))
                : new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.GraduationTooLate, schools, Date(latest)));
        }
    }

    /// <summary>
    /// Training (培训学时) of at least <paramref name="MinHours"/> hours in total, counting records completed on or before
    /// today and, when <paramref name="WithinYears"/> is set, after today minus that many years (exclusive).
    /// </summary>
    /// <param name="MinHours">学时, &gt; 0.</param>
    /// <param name="WithinYears">Whole years (≥ 1) a record stays valid, or null for no limit.</param>
    public sealed record TrainingHours(decimal MinHours, int? WithinYears) : EligibilityRequirement
    {
        /// <summary>学时, &gt; 0.</summary>
        public decimal MinHours { get; } = MinHours > 0 ? MinHours : throw new ArgumentOutOfRangeException(nameof(MinHours), MinHours, "hours must be positive");

        /// <inheritdoc />
        public override RequirementOutcome Check(CandidateEvidence evidence, DateOnly today)
        {
            var earliest = WithinYears is { } years ? today.AddYears(-years) : DateOnly.MinValue;
            var records = evidence.Items.OfType<EvidenceItem.TrainingRecord>()
                .Where(t => t.CompletedOn <= today && (WithinYears is null || t.CompletedOn > earliest))
                .OrderBy(t => t.CompletedOn)
                .ToList();
            var hours = records.Sum(t => t.Hours);
            return hours >= MinHours
                ? new RequirementOutcome.Met(records.Select(t => t.Id).ToList())
                : new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.TrainingHoursShort, Number(MinHours), Number(hours)));
        }
    }

    /// <summary>达到法定劳动年龄: the candidate is at least <paramref name="MinAge"/> years old today (from the birth date).</summary>
    /// <param name="MinAge">Whole years, ≥ 1 (RULES.md §3: 16 for a 专项).</param>
    public sealed record WorkingAge(int MinAge) : EligibilityRequirement
    {
        /// <summary>Whole years, ≥ 1.</summary>
        public int MinAge { get; } = MinAge >= 1 ? MinAge : throw new ArgumentOutOfRangeException(nameof(MinAge), MinAge, "at least one year");

        /// <inheritdoc />
        public override RequirementOutcome Check(CandidateEvidence evidence, DateOnly today)
        {
            var due = evidence.BirthDate.AddYears(MinAge);
            return due <= today
                ? new RequirementOutcome.Met([])
                : new RequirementOutcome.Unmet(Refused.Of(EligibilityRefusal.UnderWorkingAge, MinAge, Date(due)));
        }
    }

    /// <summary>A level as a reason's arg: 5 → <c>Level5</c> (the web has its words).</summary>
    internal static string LevelArg(int digit) => "Level" + digit.ToString(Invariant);

    /// <summary>The Chinese level name of a digit: 5 → 五级.</summary>
    internal static string LevelName(int digit) =>
        digit is >= 0 and <= 9 ? $"{"〇一二三四五六七八九"[digit]}级" : $"{digit.ToString(Invariant)} 级";

    /// <summary>Data names of the school kinds, as written in tracks files.</summary>
    internal static IReadOnlyList<(string Name, SchoolKind Kind)> SchoolNames { get; } =
    [
        ("技工学校", SchoolKind.TechnicalSchool),
        ("中职", SchoolKind.SecondaryVocational),
        ("高级技工学校", SchoolKind.SeniorTechnicalSchool),
        ("技师学院", SchoolKind.TechnicianCollege),
        ("高职", SchoolKind.HigherVocational),
        ("大专", SchoolKind.JuniorCollege),
        ("本科", SchoolKind.Bachelor),
        ("研究生", SchoolKind.Postgraduate),
    ];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    private static string Number(decimal value) => value.ToString("0.##", Invariant);

    private static (int Years, int Days) Span(DateOnly from, DateOnly to)
    {
        var years = 0;
        while (from.AddYears(years + 1) <= to)
        {
            years++;
        }

        return (years, to.DayNumber - from.AddYears(years).DayNumber);
    }
}
