namespace CertEngine.Domain;

/// <summary>
/// Calendar dates as the programme reads them: China Standard Time, UTC+8 all year (no daylight saving), so a sitting
/// at 07:30 Beijing time on 23 November is dated 23 November although it is still the 22nd in UTC.
/// </summary>
public static class ChinaTime
{
    /// <summary>The offset of China Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The Beijing calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today's Beijing date by a clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
