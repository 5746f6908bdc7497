using System.Text.RegularExpressions;

namespace CertEngine.Domain.Candidates;

/// <summary>
/// What a candidate's profile may hold (实名登记信息): a name, a county, tags and a phone number within bounds, with no
/// control characters that would break a printed list or a spreadsheet export. The ID number is checked by
/// <see cref="IdentityNumber"/> and never changes.
/// </summary>
public static partial class CandidateProfileRules
{
    /// <summary>The longest name (characters).</summary>
    public const int MaxNameLength = 32;

    /// <summary>The longest county (characters).</summary>
    public const int MaxCountyLength = 40;

    /// <summary>The most tags.</summary>
    public const int MaxTags = 20;

    /// <summary>The longest tag (characters).</summary>
    public const int MaxTagLength = 40;

    /// <summary>
    /// The first rule the values break, or <see langword="null"/> when they may be stored. Values are checked as given:
    /// trim them first (<see cref="Tidy"/>). An empty phone number or county is allowed (not known).
    /// </summary>
    public static CandidateRefusal? Check(string name, string? county, IReadOnlyList<string> tags, string? phone)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(tags);
        if (name.Length == 0)
        {
            return CandidateRefusal.NameRequired;
        }

        if (name.Length > MaxNameLength || HasControl(name))
        {
            return CandidateRefusal.NameInvalid;
        }

        if (county is { } c && (c.Length > MaxCountyLength || HasControl(c)))
        {
            return CandidateRefusal.CountyInvalid;
        }

        // Tags are stored comma-separated in the record store: a comma inside one would split it.
        if (tags.Count > MaxTags || tags.Any(t => t.Length is 0 or > MaxTagLength || HasControl(t) || t.Contains(',', StringComparison.Ordinal)))
        {
            return CandidateRefusal.TagsInvalid;
        }

        if (!string.IsNullOrEmpty(phone) && !PhonePattern().IsMatch(phone))
        {
            return CandidateRefusal.PhoneInvalid;
        }

        return null;
    }

    /// <summary>Trims every value, drops empty and repeated tags, and removes the spaces a phone number was typed with.</summary>
    public static (string Name, string? County, IReadOnlyList<string> Tags, string? Phone) Tidy(string? name, string? county, IEnumerable<string>? tags, string? phone)
    {
        var tidyCounty = county?.Trim();
        var tidyPhone = phone?.Trim().Replace(" ", "", StringComparison.Ordinal);
        return ((name ?? "").Trim(), string.IsNullOrEmpty(tidyCounty) ? null : tidyCounty,
            (tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            tidyPhone is null ? null : tidyPhone.Length == 0 ? "" : tidyPhone);
    }

    private static bool HasControl(string text) => text.Any(char.IsControl);

    // A mainland mobile number (11 digits from 13–19), or a landline with its area code: 0 + 2–3 digits, 7–8 digits.
    [GeneratedRegex(@"^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PhonePattern();
}
