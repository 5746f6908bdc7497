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
            return new NumberComposition.Refused("职业技能等级证书必须有等级 (a skill-level certificate needs a level digit)");
        }

        if (serial > MaxSerial)
        {
            return new NumberComposition.Refused(
                $"证书序列码 {serial} 超过 {MaxSerial}，本年度该等级编号已用完 (serial {serial} exceeds {MaxSerial}: the year's numbers for this level are used up)");
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
            return [new(CertificateNumberRule.Format, $"证书编号 '{number}' 应为 Y 或 S 加 21 位数字 (not of the form ^[YS][0-9]{{21}}$)")];
        }

        var problems = new List<CertificateNumberProblem>();
        void Issuer(string message) => problems.Add(new(CertificateNumberRule.Issuer, message));
        if (parsed.Category != issuer.Category)
        {
            Issuer($"第 1 位类别 {parsed.Category} 与备案的 {issuer.Category} 不符 (category {parsed.Category}, registered {issuer.Category})");
        }

        if (parsed.BodyCode != issuer.BodyCode)
        {
            Issuer($"第 2–5 位机构代码 {parsed.BodyCode} 与备案的 {issuer.BodyCode} 不符 (body code {parsed.BodyCode}, registered {issuer.BodyCode})");
        }

        if (parsed.BodyCode == IssuerRegistration.ProvincialBodyCode && !issuer.ProvincialFiling)
        {
            Issuer("机构代码 0000 仅用于省级备案的机构 (body code 0000 is only for a provincial 备案)");
        }

        if (parsed.Province != issuer.Province)
        {
            Issuer($"第 6–7 位省份 {parsed.Province} 与备案的 {issuer.Province} 不符 (province {parsed.Province}, registered {issuer.Province})");
        }

        if (!provinces.Contains(parsed.Province))
        {
            Issuer($"第 6–7 位省份代码 {parsed.Province} 不在省份代码表中 (province {parsed.Province} is not in the table)");
        }

        if (parsed.Station != issuer.Station)
        {
            Issuer($"第 8–13 位站点序列码 {parsed.Station} 与备案的 {issuer.Station} 不符 (station {parsed.Station}, registered {issuer.Station})");
        }

        if (parsed.Year2 != issueDate.Year % 100)
        {
            var issued = issueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            problems.Add(new(CertificateNumberRule.Year,
                $"第 14–15 位年份 {parsed.Year2:D2} 与发证日期 {issued} 不符 (year {parsed.Year2:D2}, issued {issued})"));
        }

        if (levelDigit is not { } digit)
        {
            problems.Add(new(CertificateNumberRule.Level, "职业技能等级证书必须有等级 (a skill-level certificate needs a level digit)"));
        }
        else
        {
            if (parsed.LevelDigit != digit)
            {
                problems.Add(new(CertificateNumberRule.Level, $"第 16 位等级 {parsed.LevelDigit} 与认定等级 {digit} 不符 (level digit {parsed.LevelDigit}, certified {digit})"));
            }

            if (!validLevels.Contains(digit))
            {
                problems.Add(new(CertificateNumberRule.Level, $"等级 {digit} 不是本职业的有效等级 (level {digit} is not valid for the occupation)"));
            }
        }

        return problems;
    }
}
