namespace CertEngine.Domain.Publicity;

/// <summary>
/// A 公示 period: from <see cref="Start"/> to <see cref="End"/>, both inclusive, spanning <see cref="WorkingDays"/>
/// working days; certificates may be issued from <see cref="IssuableFrom"/>, the day after the end.
/// </summary>
/// <param name="Start">The first working day of the period (the day of publication when that is a working day).</param>
/// <param name="End">The last working day of the period, inclusive.</param>
/// <param name="WorkingDays">How many working days it spans (≥ 1).</param>
public sealed record PublicityPeriod(DateOnly Start, DateOnly End, int WorkingDays)
{
    /// <summary>The first day certificates of the 公示 may be issued.</summary>
    public DateOnly IssuableFrom => End.AddDays(1);

    /// <summary>Whether the period has not ended on <paramref name="today"/> (objections are taken until the end, inclusive).</summary>
    public bool RunsOn(DateOnly today) => today <= End;
}
