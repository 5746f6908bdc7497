using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Certificates;

/// <summary>The two-digit province codes (省级行政区划代码, GB/T 2260) a certificate number may carry (RULES.md §9).</summary>
public sealed class ProvinceTable
{
    private readonly Dictionary<string, string> _names;

    /// <param name="names">Name per two-digit code.</param>
    /// <exception cref="ArgumentException">A code is not two ASCII digits or a name is blank.</exception>
    public ProvinceTable(IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var (code, name) in names)
        {
            if (!IsCode(code) || string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"province '{code}': '{name}' is not a two-digit code with a name", nameof(names));
            }
        }

        _names = new Dictionary<string, string>(names, StringComparer.Ordinal);
    }

    /// <summary>Every code with its name, in code order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Provinces =>
        _names.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    /// <summary>True when <paramref name="code"/> is in the table.</summary>
    public bool Contains(string? code) => code is not null && _names.ContainsKey(code);

    /// <summary>The province's name, or null for a code not in the table.</summary>
    public string? NameOf(string code) => _names.GetValueOrDefault(code);

    /// <summary>Reads a table file such as <c>certificates/provinces.yaml</c>.</summary>
    public static CertificateDataResult<ProvinceTable> Load(string path) => Read(path, File.ReadAllText(path));

    /// <summary>
    /// Reads <c>provinces:</c>, a mapping from two-digit code to name. Problems name the file and line.
    /// </summary>
    /// <param name="file">How problems name the file.</param>
    public static CertificateDataResult<ProvinceTable> Read(string file, string text)
    {
        var problems = new List<BankProblem>();
        var root = YamlTreeReader.Read(file, text, problems);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is YamlMapping mapping)
        {
            var provinces = new MappingReader(mapping, "province table", problems, "provinces").Mapping("provinces", required: true);
            foreach (var (key, value) in provinces?.Entries ?? [])
            {
                if (!IsCode(key.Value))
                {
                    problems.Add(Problem(key.Location, $"省份代码 '{key.Value}' 不是两位数字 (province code '{key.Value}' is not two digits)"));
                }
                else if (value is not YamlScalar { Value: var name } || string.IsNullOrWhiteSpace(name))
                {
                    problems.Add(Problem(value.Location, $"省份 {key.Value} 缺少名称 (province {key.Value} has no name)"));
                }
                else
                {
                    names.TryAdd(key.Value, name.Trim());
                }
            }
        }
        else if (problems.Count == 0)
        {
            problems.Add(Problem(root?.Location ?? new SourceLocation(file, 0), "文件应为 provinces: 映射 (expected a mapping with provinces:)"));
        }

        if (problems.Count == 0 && names.Count == 0)
        {
            problems.Add(Problem(new SourceLocation(file, 0), "省份代码表为空 (the province table is empty)"));
        }

        return problems.Count > 0
            ? new CertificateDataResult<ProvinceTable>.Rejected(problems.Select(p => p.ToString()).ToList())
            : new CertificateDataResult<ProvinceTable>.Accepted(new ProvinceTable(names));
    }

    private static bool IsCode(string code) => code.Length == 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]);

    private static BankProblem Problem(SourceLocation location, string message) =>
        new(ProblemSeverity.Error, BankRules.BadValue, location, message);
}
