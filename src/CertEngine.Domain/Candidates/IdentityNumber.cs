using System.Globalization;

namespace CertEngine.Domain.Candidates;

/// <summary>
/// An 18-character citizen identity number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit
/// birth date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
/// A value of this type has passed every check; build one with <see cref="TryParse"/>.
/// </summary>
public readonly record struct IdentityNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private IdentityNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 18 characters, with a final x upper-cased.</summary>
    public string Value { get; }

    /// <summary>The birth date written in positions 7–14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>
    /// Checks <paramref name="text"/> (surrounding spaces ignored, a lower-case x accepted) and returns the
    /// number, or the first problem found. <paramref name="today"/> bounds the birth date (inclusive).
    /// </summary>
    public static (IdentityNumber? Number, IdentityNumberProblem? Problem) TryParse(string? text, DateOnly today)
    {
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return (null, IdentityNumberProblem.Format);
        }

        if (!DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            return (null, IdentityNumberProblem.BirthDate);
        }

        if (birth > today)
        {
            return (null, IdentityNumberProblem.BirthDateInFuture);
        }

        return value[17] == CheckCharacterOf(value.AsSpan(0, 17))
            ? (new IdentityNumber(value, birth), null)
            : (null, IdentityNumberProblem.CheckCharacter);
    }

    /// <summary>The check character of a 17-digit body (ISO 7064 MOD 11-2).</summary>
    /// <exception cref="ArgumentException">When <paramref name="body"/> is not 17 digits.</exception>
    public static char CheckCharacterOf(ReadOnlySpan<char> body)
    {
        if (body.Length != 17)
        {
            throw new ArgumentException("the body of an identity number is 17 digits", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(body[i]))
            {
                throw new ArgumentException("the body of an identity number is 17 digits", nameof(body));
            }

            sum += (body[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>
    /// The form shown to the public (RULES.md §10): the first <paramref name="keepStart"/> and last
    /// <paramref name="keepEnd"/> characters, the rest as *, e.g. 1401**********1234.
    /// </summary>
    public string Masked(int keepStart = 4, int keepEnd = 4) => Mask(Value, keepStart, keepEnd);

    /// <summary>
    /// Masks an already checked number's text the same way as <see cref="Masked"/>; a text too short to keep both ends
    /// is masked whole, so no caller can leak a malformed number by accident.
    /// </summary>
    public static string Mask(string text, int keepStart = 4, int keepEnd = 4)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(keepStart);
        ArgumentOutOfRangeException.ThrowIfNegative(keepEnd);
        return keepStart + keepEnd >= text.Length
            ? new string('*', text.Length)
            : text[..keepStart] + new string('*', text.Length - keepStart - keepEnd) + text[^keepEnd..];
    }

    /// <summary>The number itself; never log it (personal data).</summary>
    public override string ToString() => Value;
}
