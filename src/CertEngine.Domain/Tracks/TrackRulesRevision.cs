using System.Globalization;
using System.Text;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Yaml;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// One occupation's (or 专项's) tracks file edited on the web (认定规则修订). The shipped folder is rules version 0 of every
/// code; a revision replaces that code's file (<c>tracks/&lt;code&gt;.yaml</c>) and leaves <c>defaults.yaml</c> and every
/// other code's file as shipped, so a revision can only change its own code's tracks.
/// </summary>
public static class TrackRulesRevision
{
    /// <summary>The largest text accepted, in UTF-8 bytes (a tracks file is a few KB).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The rule name of a revision-only check (wrong code, a <c>defaults:</c> section, a track the bank refuses).</summary>
    public const string Rule = "track-rules";

    /// <summary>The name problems give the edited file: <c>tracks/&lt;code&gt;.yaml</c>.</summary>
    public static string FileName(string code) => $"tracks/{code}.yaml";

    /// <summary>
    /// True for a code that may name a tracks file: 1–40 ASCII letters, digits, '-', '_' or '.', not <c>.</c>, <c>..</c>
    /// or <c>defaults</c> (the catalogue-wide file is not edited on the web).
    /// </summary>
    public static bool IsCode([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) =>
        code is { Length: > 0 and <= 40 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && code is not ("." or ".." or "defaults");

    /// <summary>
    /// The shipped tracks files with <paramref name="code"/>'s file (<c>&lt;code&gt;.yaml</c> or <c>.yml</c>) replaced by
    /// <paramref name="text"/>, read as a catalogue. Beyond the catalogue's own problems, an error when the text's
    /// <c>occupation.code</c> is not <paramref name="code"/> or when it holds a <c>defaults:</c> section.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="code"/> is not a valid code.</exception>
    public static TrackCatalogueLoadResult Read(IEnumerable<BankFile> shipped, string code, string text)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(text);
        if (!IsCode(code))
        {
            throw new ArgumentException($"'{code}' is not a tracks code", nameof(code));
        }

        var file = FileName(code);
        var files = shipped.Where(f => !IsFileOf(f.Path, code)).Append(new BankFile(file, text)).ToList();
        var read = TrackCatalogue.Read(files);
        var problems = read.Problems.ToList();
        var root = YamlTreeReader.Read(file, text, new List<BankProblem>()) as YamlMapping;
        if (root?.Find("defaults") is { } defaults)
        {
            problems.Add(new BankProblem(ProblemSeverity.Error, Rule, defaults.Location,
                "网页上只能修改本职业的规则，defaults: 只能写在 tracks/defaults.yaml 中 (a code's file may not hold a defaults: section; it belongs in tracks/defaults.yaml)"));
        }

        if (read.Catalogue is { } catalogue && !catalogue.OccupationCodes.Contains(code, StringComparer.Ordinal))
        {
            var at = (root?.Find("occupation") as YamlMapping)?.Find("code")?.Location ?? new SourceLocation(file, 1);
            problems.Add(new BankProblem(ProblemSeverity.Error, Rule, at,
                $"occupation.code 必须是 {code}（本文件是 {code} 的规则） (occupation.code must be {code}: this is {code}'s file)"));
        }

        return problems.Any(p => p.Severity == ProblemSeverity.Error)
            ? new TrackCatalogueLoadResult(null, problems)
            : new TrackCatalogueLoadResult(read.Catalogue, problems);
    }

    /// <summary>
    /// Checks a revision whole: <see cref="Read"/>, then builds every track of the code (<see cref="TrackCatalogue.KeysFor"/>)
    /// on <paramref name="bank"/>, version <paramref name="bankVersion"/>; each refusal becomes a problem at the line that
    /// caused it (or at the file, line 0). A null bank (none published yet) is itself an error: the rules could not be tried.
    /// </summary>
    public static TrackRulesCheck Check(IEnumerable<BankFile> shipped, string code, string text, Bank? bank, int bankVersion)
    {
        var read = Read(shipped, code, text);
        var problems = read.Problems.ToList();
        if (bank is null || bankVersion < 1)
        {
            problems.Add(new BankProblem(ProblemSeverity.Error, Rule, new SourceLocation(FileName(code), 0),
                $"题库 {code} 尚无已发布的版本，无法按题库检查这些规则 (bank {code} has no published version to check the rules against)"));
            return new TrackRulesCheck(problems, [], [], 0);
        }

        if (read.Catalogue is not { } catalogue)
        {
            return new TrackRulesCheck(problems, [], [], bankVersion);
        }

        var tracks = new List<Track>();
        var refusals = new List<TrackRulesRefusal>();
        foreach (var key in catalogue.KeysFor(bank))
        {
            switch (catalogue.Create(key, bank, code, bankVersion))
            {
                case TrackOutcome.Created created:
                    tracks.Add(created.Track);
                    break;
                case TrackOutcome.Refused refused:
                    refusals.Add(new TrackRulesRefusal(key, bankVersion, refused.At ?? new SourceLocation(FileName(code), 0), refused.Why));
                    break;
            }
        }

        return new TrackRulesCheck(problems, refusals, refusals.Count > 0 || problems.Any(p => p.Severity == ProblemSeverity.Error) ? [] : tracks, bankVersion);
    }

    /// <summary>
    /// A starting text for a code whose bank exists but which has no tracks file yet: the occupation section, the optional
    /// sections commented out, and one rule set per level of the bank (or one for a 专项) holding a placeholder condition
    /// marked <c>unconfirmed</c>, to be replaced by the standard's 申报条件. It checks without error against that bank.
    /// </summary>
    public static string Skeleton(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var occupation = bank.Occupation;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# 认定规则 {FileName(occupation.Code)}（格式见 docs/tracks.md） (track rules; docs/tracks.md describes the format)")
            .AppendLine(CultureInfo.InvariantCulture, $"occupation: {{ code: {occupation.Code}, name: {occupation.Name}{(occupation.IsSpecialty ? ", specialty: true" : "")} }}")
            .AppendLine("# retake: { window-days: 365, retakes-per-component: 1 }")
            .AppendLine("# multiple-choice: all-or-nothing")
            .AppendLine("# staffing: { theory: { candidates-per-proctor: 15 } }")
            .AppendLine("# components:")
            .AppendLine(occupation.IsSpecialty ? "#   practical: { minutes: 120, scoring: { assessors: 3 } }" : "#   all: { practical: { scoring: { assessors: 3 } } }")
            .AppendLine("eligibility:");
        List<int?> levels = occupation.IsSpecialty ? [null] : [.. occupation.Levels.Select(l => (int?)l)];
        foreach (var level in levels)
        {
            var id = level is { } digit ? $"{occupation.Code}/{digit.ToString(CultureInfo.InvariantCulture)}" : occupation.Code;
            text.AppendLine(level is { } l ? $"  - level: {l.ToString(CultureInfo.InvariantCulture)}" : "  - id: " + id);
            if (level is not null)
            {
                text.AppendLine("    id: " + id);
            }

            text.AppendLine("    version: 1")
                .AppendLine("    conditions:")
                .AppendLine("      - { id: working-age, title: 达到法定劳动年龄（年满16周岁）, unconfirmed: true, all: [ { working-age: 16 } ] }   # 请按标准改写 (replace with the standard's conditions)");
        }

        return text.ToString();
    }

    private static bool IsFileOf(string path, string code)
    {
        var name = Path.GetFileName(path);
        return name.Equals(code + ".yaml", StringComparison.Ordinal) || name.Equals(code + ".yml", StringComparison.Ordinal);
    }
}
