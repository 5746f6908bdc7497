namespace CertEngine.Domain.Programmes;

/// <summary>
/// A programme's target: <see cref="Count"/> certified people over the years <see cref="FromYear"/> to <see cref="Year"/>
/// inclusive (the plan's "2021年…6000人次; 到2023年，完成…15000人次" is 2021–2021: 6000 and 2021–2023: 15000).
/// </summary>
/// <param name="Programme">The programme id.</param>
/// <param name="Year">The year the target is for.</param>
/// <param name="FromYear">The first year counted (equal to <paramref name="Year"/> for a single year).</param>
/// <param name="Count">The number to reach.</param>
public sealed record ProgrammeTarget(string Programme, int Year, int FromYear, int Count)
{
    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 2000;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>The largest target accepted.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Null when the target can be stored under <paramref name="map"/>, the refusal otherwise.</summary>
    public Refused<ProgrammeRefusal>? Check(ProgrammeMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Find(Programme) is null)
        {
            return Refused.Of(ProgrammeRefusal.UnknownProgramme, Programme);
        }

        if (Year is < MinYear or > MaxYear || FromYear < MinYear || FromYear > Year)
        {
            return Refused.Of(ProgrammeRefusal.YearsOutOfRange, MinYear, MaxYear);
        }

        return Count is < 0 or > MaxCount ? Refused.Of(ProgrammeRefusal.TargetOutOfRange, MaxCount) : null;
    }
}
