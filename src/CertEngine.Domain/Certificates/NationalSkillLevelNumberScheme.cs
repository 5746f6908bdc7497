using System.Globalization;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// The national 职业技能等级证书 numbering (职业技能等级证书编码规则(试行), 人社鉴发〔2019〕2号; RULES.md §9):
/// 类别 + 机构代码 + province + station + yy + level digit + 6-digit serial, 22 characters.
/// </summary>
/// <param name="provinces">The province table positions 6–7 are checked against.</param>
public sealed class NationalSkillLevelNumberScheme(ProvinceTable provinces) : ICertificateNumberScheme
{
    /// <summary>The largest 证书序列码 (6 digits).</summary>
    public const int MaxSerial = 999_999;

    /// <inheritdoc />
    public CertificateKind Kind => CertificateKind.SkillLevel;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The issuer's fields do not fit the format: it did not pass <see cref="IssuerRegistration.Create"/>.</exception>
    public NumberComposition Compose(IssuerRegistration issuer, DateOnly issueDate, int? levelDigit, int serial)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        if (levelDigit is not { } digit)
        {
            return new NumberComposition.Refused(NumberFailure.LevelRequired);
        }

        if (serial > MaxSerial)
        {
            return new NumberComposition.Refused(NumberFailure.SerialExhausted, serial, MaxSerial);
        }

        var number = CertificateNumber.Compose(issuer.Category, issuer.BodyCode, issuer.Province, issuer.Station, issueDate.Year % 100, digit, serial);
        return new NumberComposition.Composed(number.Value);
    }

    /// <summary>
    /// The validation steps 1–4 of RULES.md §9: the shape; positions 1–13 equal the issuer's registration (0000 only for
    /// a provincial 备案, the province in the table); positions 14–15 equal the issue year mod 100; position 16 is the
    /// certified level's digit and that level is valid for the occupation. A malformed number reports step 1 only.
    /// </summary>
    public IReadOnlyList<CertificateNumberProblem> Validate(
        string number, IssuerRegistration issuer, DateOnly issueDate, int? levelDigit, IReadOnlyList<int> validLevels)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(validLevels);
        if (!CertificateNumber.TryParse(number, out var parsed))
        {
            return [new(CertificateNumberFault.Shape, number, "^[YS][0-9]{21}$")];
        }

        var problems = new List<CertificateNumberProblem>();
        void Issuer(CertificateNumberFault fault, string found, string? expected = null) => problems.Add(new(fault, found, expected));
        if (parsed.Category != issuer.Category)
        {
            Issuer(CertificateNumberFault.Category, parsed.Category.ToString(), issuer.Category.ToString());
        }

        if (parsed.BodyCode != issuer.BodyCode)
        {
            Issuer(CertificateNumberFault.BodyCode, parsed.BodyCode, issuer.BodyCode);
        }

        if (parsed.BodyCode == IssuerRegistration.ProvincialBodyCode && !issuer.ProvincialFiling)
        {
            Issuer(CertificateNumberFault.ProvincialBodyCodeOnly, parsed.BodyCode);
        }

        if (parsed.Province != issuer.Province)
        {
            Issuer(CertificateNumberFault.Province, parsed.Province, issuer.Province);
        }

        if (!provinces.Contains(parsed.Province))
        {
            Issuer(CertificateNumberFault.UnknownProvince, parsed.Province);
        }

        if (parsed.Station != issuer.Station)
        {
            Issuer(CertificateNumberFault.Station, parsed.Station, issuer.Station);
        }

        if (parsed.Year2 != issueDate.Year % 100)
        {
            problems.Add(new(CertificateNumberFault.Year, parsed.Year2.ToString("D2", CultureInfo.InvariantCulture), (issueDate.Year % 100).ToString("D2", CultureInfo.InvariantCulture)));
        }

        if (levelDigit is not { } digit)
        {
            problems.Add(new(CertificateNumberFault.LevelMissing));
        }
        else
        {
            if (parsed.LevelDigit != digit)
            {
                problems.Add(new(CertificateNumberFault.LevelDigit, Digit(parsed.LevelDigit), Digit(digit)));
            }

            if (!validLevels.Contains(digit))
            {
                problems.Add(new(CertificateNumberFault.LevelNotOfOccupation, Digit(digit), string.Join(",", validLevels.Select(Digit))));
            }
        }

        return problems;
    }

    private static string Digit(int digit) => digit.ToString(CultureInfo.InvariantCulture);
}
