using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// Numbers 专项职业能力证书 from a configurable format (RULES.md §9: its format is configured separately). The default,
/// <c>ZX{province}{station}{yy}{serial}</c> with a 6-digit serial (18 characters), is an unconfirmed default: check it
/// against the province's 专项 rules before a live session relies on it.
/// </summary>
/// <remarks>
/// Tokens: <c>{category}</c> (Y/S), <c>{body}</c> (4 digits), <c>{province}</c> (2), <c>{station}</c> (6), <c>{yy}</c>
/// (issue year mod 100), <c>{serial}</c> (zero-padded to the serial width; required, once). Other text is literal.
/// A 专项 certificate has no level, so a level digit given to <see cref="Compose"/> or <see cref="Validate"/> is refused.
/// </remarks>
public sealed partial class SpecialtyNumberScheme : ICertificateNumberScheme
{
    /// <summary>The default format (unconfirmed).</summary>
    public const string DefaultFormat = "ZX{province}{station}{yy}{serial}";

    private static readonly Dictionary<string, string> TokenPatterns = new(StringComparer.Ordinal)
    {
        ["category"] = "[YS]",
        ["body"] = "[0-9]{4}",
        ["province"] = "[0-9]{2}",
        ["station"] = "[0-9]{6}",
        ["yy"] = "[0-9]{2}",
    };

    private readonly string _format;
    private readonly int _serialDigits;
    private readonly Regex _pattern;

    /// <param name="format">The number's format, see the remarks.</param>
    /// <param name="serialDigits">Width of the serial, 1–9.</param>
    /// <exception cref="ArgumentException">An unknown or repeated token, or no <c>{serial}</c>.</exception>
    public SpecialtyNumberScheme(string format = DefaultFormat, int serialDigits = 6)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        ArgumentOutOfRangeException.ThrowIfLessThan(serialDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serialDigits, 9);
        _format = format;
        _serialDigits = serialDigits;
        var pattern = new StringBuilder("^");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        foreach (Match token in TokenSyntax().Matches(format))
        {
            var name = token.Groups[1].Value;
            if (!seen.Add(name) || (name != "serial" && !TokenPatterns.ContainsKey(name)))
            {
                throw new ArgumentException($"format '{format}': token {{{name}}} is unknown or repeated", nameof(format));
            }

            pattern.Append(Regex.Escape(format[at..token.Index]));
            pattern.Append(CultureInfo.InvariantCulture, $"(?<{name}>{(name == "serial" ? $"[0-9]{{{serialDigits}}}" : TokenPatterns[name])})");
            at = token.Index + token.Length;
        }

        if (!seen.Contains("serial"))
        {
            throw new ArgumentException($"format '{format}' has no {{serial}}", nameof(format));
        }

        pattern.Append(Regex.Escape(format[at..])).Append(@"\z");
        _pattern = new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>The largest serial the width allows (999999 for 6 digits).</summary>
    public int MaxSerial => (int)Math.Pow(10, _serialDigits) - 1;

    /// <inheritdoc />
    public CertificateKind Kind => CertificateKind.Specialty;

    /// <inheritdoc />
    public NumberComposition Compose(IssuerRegistration issuer, DateOnly issueDate, int? levelDigit, int serial)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        if (levelDigit is not null)
        {
            return new NumberComposition.Refused(NumberFailure.LevelNotAllowed);
        }

        if (serial > MaxSerial)
        {
            return new NumberComposition.Refused(NumberFailure.SerialExhausted, serial, MaxSerial);
        }

        var values = Segments(issuer, issueDate);
        var number = TokenSyntax().Replace(_format, m => m.Groups[1].Value == "serial"
            ? serial.ToString("D" + _serialDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : values[m.Groups[1].Value]);
        return _pattern.IsMatch(number)
            ? new NumberComposition.Composed(number)
            : throw new ArgumentException($"issuer {issuer.Name}'s registration does not fit the format '{_format}'", nameof(issuer));
    }

    /// <summary>
    /// Step 1: the number matches the format; step 2: its issuer segments equal the registration; step 3: its
    /// <c>{yy}</c> equals the issue year mod 100; step 4: no level is given.
    /// </summary>
    public IReadOnlyList<CertificateNumberProblem> Validate(
        string number, IssuerRegistration issuer, DateOnly issueDate, int? levelDigit, IReadOnlyList<int> validLevels)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var match = number is null ? Match.Empty : _pattern.Match(number);
        if (!match.Success)
        {
            return [new(CertificateNumberFault.Shape, number, _format)];
        }

        var problems = new List<CertificateNumberProblem>();
        foreach (var (token, expected) in Segments(issuer, issueDate))
        {
            var group = match.Groups[token];
            if (group.Success && group.Value != expected)
            {
                problems.Add(new(token == "yy" ? CertificateNumberFault.Year : CertificateNumberFault.IssuerSegment, group.Value, expected, token));
            }
        }

        if (levelDigit is not null)
        {
            problems.Add(new(CertificateNumberFault.LevelOnSpecialty));
        }

        return problems;
    }

    private static Dictionary<string, string> Segments(IssuerRegistration issuer, DateOnly issueDate) => new(StringComparer.Ordinal)
    {
        ["category"] = issuer.Category.ToString(),
        ["body"] = issuer.BodyCode,
        ["province"] = issuer.Province,
        ["station"] = issuer.Station,
        ["yy"] = (issueDate.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"\{([a-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenSyntax();
}
