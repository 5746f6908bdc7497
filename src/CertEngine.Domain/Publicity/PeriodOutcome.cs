namespace CertEngine.Domain.Publicity;

/// <summary>The result of counting a 公示 period on a <see cref="WorkingDayCalendar"/>.</summary>
public abstract record PeriodOutcome
{
    private PeriodOutcome()
    {
    }

    /// <summary>The period, every day of it within years the calendar knows.</summary>
    public sealed record Counted(PublicityPeriod Period) : PeriodOutcome;

    /// <summary>The period reaches a year the calendar has no holiday data for: counting would guess.</summary>
    public sealed record NotCovered(int Year) : PeriodOutcome;
}
