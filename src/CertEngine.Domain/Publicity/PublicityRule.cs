namespace CertEngine.Domain.Publicity;

/// <summary>
/// A track's 成绩公示 setting (<c>publicity:</c> in tracks data): results are published for objection for
/// <see cref="WorkingDays"/> working days before certificates are issued, or not at all (<see cref="Off"/>, e.g. for a
/// 专项 assessment that does not need it).
/// </summary>
/// <param name="WorkingDays">The length of the period in working days (1–30), or 0 when 公示 is off.</param>
public sealed record PublicityRule(int WorkingDays)
{
    /// <summary>The most working days a period may last.</summary>
    public const int MaxWorkingDays = 30;

    /// <summary>The code default when no tracks data says otherwise: 5 working days (issue 19; unconfirmed: default).</summary>
    public static PublicityRule Default { get; } = new(5);

    /// <summary>No 公示: certificates are issued as soon as the results allow.</summary>
    public static PublicityRule Off { get; } = new(0);

    /// <summary>Whether results must go through 公示 before certificates are issued.</summary>
    public bool Required => WorkingDays > 0;
}
