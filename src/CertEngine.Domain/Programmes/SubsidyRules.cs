namespace CertEngine.Domain.Programmes;

/// <summary>
/// A city's 培训补贴 rules (programme/subsidies/&lt;city&gt;.yaml): an amount per level digit and per 专项, with overrides
/// per occupation; one claim per person, occupation and level, within <see cref="WindowMonths"/> of the certificate's issue.
/// </summary>
/// <param name="City">The rules' id (file name), e.g. <c>changzhi</c>.</param>
/// <param name="Name">The city's name.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Unconfirmed">True when the figures are placeholders, not the city's published ones.</param>
/// <param name="WindowMonths">Months after the issue date within which a claim may be submitted (the last day included).</param>
/// <param name="Counties">The city's counties in the order lists show them.</param>
/// <param name="Levels">元 per level digit.</param>
/// <param name="Specialty">元 per 专项 certificate, or null when 专项 are not paid.</param>
/// <param name="Overrides">Per occupation code: its own amounts per level digit and for its 专项.</param>
public sealed record SubsidyRules(
    string City,
    string Name,
    string Source,
    bool Unconfirmed,
    int WindowMonths,
    IReadOnlyList<string> Counties,
    IReadOnlyDictionary<int, decimal> Levels,
    decimal? Specialty,
    IReadOnlyDictionary<string, SubsidyOverride> Overrides)
{
    /// <summary>
    /// The amount for a certificate of <paramref name="occupationCode"/> at <paramref name="level"/> (null for a 专项), or
    /// null when the rules pay nothing for it. Only occupations a programme counts are asked about.
    /// </summary>
    public SubsidyAmount? Amount(string occupationCode, int? level)
    {
        var own = Overrides.GetValueOrDefault(occupationCode);
        decimal? yuan = level is { } digit
            ? own?.Levels.GetValueOrDefault(digit) is { } ownAmount and > 0 ? ownAmount : Levels.TryGetValue(digit, out var amount) ? amount : null
            : own?.Specialty ?? Specialty;
        return yuan is { } value ? new SubsidyAmount(value, Unconfirmed) : null;
    }

    /// <summary>The last day a claim for a certificate issued on <paramref name="issuedOn"/> may be submitted (inclusive).</summary>
    public DateOnly Deadline(DateOnly issuedOn) => issuedOn.AddMonths(WindowMonths);

    /// <summary>Whether a claim may still be submitted on <paramref name="today"/> (China date).</summary>
    public bool WithinWindow(DateOnly issuedOn, DateOnly today) => today >= issuedOn && today <= Deadline(issuedOn);
}
