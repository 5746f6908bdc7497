using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// An issuing 评价机构's registration (备案) with 人社: what positions 1–13 of its certificate numbers must carry
/// (RULES.md §9). Build one with <see cref="Create"/>, which checks every field.
/// </summary>
/// <param name="Name">评价机构名称, exactly as 备案; printed on the certificate.</param>
/// <param name="Category">'Y' for a 用人单位, 'S' for a 社会培训评价组织.</param>
/// <param name="BodyCode">4 digits: 0001–9999 for a 备案 with 人社部, 0000 for a provincial 备案.</param>
/// <param name="Province">2 digits from the province table (GB/T 2260).</param>
/// <param name="Station">6 digits: the 评价机构(站点)序列码 assigned by the provincial 人社.</param>
/// <param name="ProvincialFiling">True when 备案 with a province rather than with 人社部.</param>
public sealed record IssuerRegistration(string Name, char Category, string BodyCode, string Province, string Station, bool ProvincialFiling)
{
    /// <summary>The code a provincial 备案 carries in positions 2–5.</summary>
    public const string ProvincialBodyCode = "0000";

    /// <summary>
    /// The registration as one code, 类别 + 机构代码 + province + station (13 characters, e.g. S000014000456): positions
    /// 1–13 of every 职业技能等级证书 number it issues, and what a version-3 token names the issuer by.
    /// </summary>
    public string Code => $"{Category}{BodyCode}{Province}{Station}";

    /// <summary>Checks every field and, when all hold, returns the registration.</summary>
    public static CertificateDataResult<IssuerRegistration> Create(
        string name, char category, string bodyCode, string province, string station, bool provincialFiling, ProvinceTable provinces)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("评价机构名称不能为空 (the issuer's name is blank)");
        }

        if (category is not ('Y' or 'S'))
        {
            problems.Add($"评价机构类别 '{category}' 应为 Y（用人单位）或 S（社会培训评价组织） (category must be Y or S)");
        }

        if (!IsDigits(bodyCode, 4))
        {
            problems.Add($"评价机构代码 '{bodyCode}' 应为 4 位数字 (the body code must be 4 digits)");
        }
        else if (provincialFiling != (bodyCode == ProvincialBodyCode))
        {
            problems.Add(provincialFiling
                ? $"省级备案的机构代码应为 0000，而不是 {bodyCode} (a provincial 备案 carries body code 0000)"
                : "机构代码 0000 仅用于省级备案 (body code 0000 is only for a provincial 备案)");
        }

        if (!IsDigits(province, 2))
        {
            problems.Add($"省份代码 '{province}' 应为 2 位数字 (the province code must be 2 digits)");
        }
        else if (!provinces.Contains(province))
        {
            problems.Add($"省份代码 {province} 不在省份代码表中 (province {province} is not in the table)");
        }

        if (!IsDigits(station, 6))
        {
            problems.Add($"站点序列码 '{station}' 应为 6 位数字 (the station code must be 6 digits)");
        }

        return problems.Count > 0
            ? new CertificateDataResult<IssuerRegistration>.Rejected(problems)
            : new CertificateDataResult<IssuerRegistration>.Accepted(
                new IssuerRegistration(name.Trim(), category, bodyCode, province, station, provincialFiling));
    }

    /// <summary>Reads <c>issuer:</c> from a file such as <c>certificates/issuer.example.yaml</c> and checks it as <see cref="Create"/> does.</summary>
    /// <param name="file">How problems name the file.</param>
    public static CertificateDataResult<IssuerRegistration> Read(string file, string text, ProvinceTable provinces)
    {
        var problems = new List<BankProblem>();
        var root = YamlTreeReader.Read(file, text, problems);
        if (root is YamlMapping top
            && new MappingReader(top, "issuer file", problems, "issuer").Mapping("issuer", required: true) is { } mapping)
        {
            var fields = new MappingReader(mapping, "issuer", problems, "name", "category", "body-code", "province", "station", "provincial-filing");
            var name = fields.RequiredText("name");
            var category = fields.RequiredText("category");
            var body = fields.RequiredText("body-code");
            var province = fields.RequiredText("province");
            var station = fields.RequiredText("station");
            var filing = fields.RequiredText("provincial-filing");
            if (filing is not null and not "true" and not "false")
            {
                problems.Add(new BankProblem(ProblemSeverity.Error, BankRules.BadValue, fields.At("provincial-filing"),
                    $"issuer: provincial-filing 应为 true 或 false (must be true or false, not '{filing}')"));
            }

            if (category is { Length: > 1 })
            {
                problems.Add(new BankProblem(ProblemSeverity.Error, BankRules.BadValue, fields.At("category"),
                    $"issuer: category 应为一个字母 Y 或 S (must be the single letter Y or S, not '{category}')"));
            }

            if (problems.Count == 0)
            {
                return Create(name!, category![0], body!, province!, station!, filing == "true", provinces) switch
                {
                    CertificateDataResult<IssuerRegistration>.Rejected rejected =>
                        new CertificateDataResult<IssuerRegistration>.Rejected(rejected.Problems.Select(p => $"{mapping.Location}: {p}").ToList()),
                    var accepted => accepted,
                };
            }
        }
        else if (problems.Count == 0)
        {
            problems.Add(new BankProblem(ProblemSeverity.Error, BankRules.MissingField, root?.Location ?? new SourceLocation(file, 0),
                "文件应为 issuer: 映射 (expected a mapping with issuer:)"));
        }

        return new CertificateDataResult<IssuerRegistration>.Rejected(problems.Select(p => p.ToString()).ToList());
    }

    private static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
