using System.Globalization;
using System.Text.RegularExpressions;

namespace CertEngine.Domain.QuestionBanks;

/// <summary>One deduction a 评分标准 writes: its points, and how many times it can apply (null: once per occurrence, 每…).</summary>
/// <param name="Points">The points taken (the larger end of a range such as 扣 2～5 分).</param>
/// <param name="Times">How often it can be taken: 1 for a plain deduction, the listed count for 各 and "A、B、C每项", null for 每处/每次/每漏一项 ….</param>
/// <param name="Text">The words that wrote it, for messages.</param>
public sealed record Deduction(decimal Points, int? Times, string Text);

/// <summary>What a criterion's 评分标准 says about deductions.</summary>
/// <param name="Deductions">Every "扣 N 分" in it, in order.</param>
/// <param name="Capped">It says 扣完为止 (or 扣至 0 分 / 扣完即止): deductions stop at the criterion's points.</param>
/// <param name="Forfeits">It says the criterion scores nothing in some case (不得分, 得 0 分, 记 0 分).</param>
public sealed record DeductionReading(IReadOnlyList<Deduction> Deductions, bool Capped, bool Forfeits)
{
    /// <summary>The most the deductions can take together, or null when a 每… deduction can repeat without bound.</summary>
    public decimal? Total => Deductions.Any(d => d.Times is null) ? null : Deductions.Sum(d => d.Points * d.Times!.Value);

    /// <summary>True when the written deductions can bring the criterion to 0: a repeatable one, 不得分, or enough in total.</summary>
    public bool Reaches(decimal points) => Forfeits || Total is not { } total || total >= points;

    /// <summary>True when the deductions can add up to more than the points, so the standard must say 扣完为止.</summary>
    public bool CanExceed(decimal points) => Total is not { } total || total > points;
}

/// <summary>
/// Reads the deductions of a 评分标准 (docs/bank-authoring.md, "Deductions"). A deduction is "扣 N 分" (or 扣 N～M 分);
/// within a sentence (up to ；or 。) the words before it since the previous deduction are its condition:
/// <list type="bullet">
/// <item>a condition ending in 各 ("未戴帽或未系围裙各扣 2 分") applies once per listed thing (split at 、 and 或, at least two);</item>
/// <item>"每项"/"每一项" right after a list ("上浆不匀、粘连、火候不当每项扣 5 分") applies once per listed thing;</item>
/// <item>any other 每 with a counter ("每处", "每次", "每遗漏一处", "每少说一项") repeats per occurrence, without a bound
/// the text states (每天, 每日 in the words of a condition are not counters);</item>
/// <item>otherwise it applies once.</item>
/// </list>
/// </summary>
public static partial class RubricDeductions
{
    [GeneratedRegex(@"扣\s*(?<n>\d+(?:\.\d+)?)\s*(?:(?:～|~|〜|－|-|–|至|到)\s*(?<m>\d+(?:\.\d+)?)\s*)?分")]
    private static partial Regex DeductionPattern();

    [GeneratedRegex(@"扣完为止|扣完即止|扣至\s*0\s*分|扣到\s*0\s*分")]
    private static partial Regex CapPattern();

    [GeneratedRegex(@"不得分|[得记计]\s*0\s*分")]
    private static partial Regex ForfeitPattern();

    [GeneratedRegex(@"每\s*一?\s*项\s*$")]
    private static partial Regex EachListedPattern();

    /// <summary>每 with a counter (每处, 每次, 每个, 每遗漏一处, 每少说一项 …), as opposed to 每天 or 每日 in the condition's words.</summary>
    [GeneratedRegex(@"^每[^，,；;。]{0,8}?[一二两三几]?\s*(?:处|次|项|个|件|张|步|遍|种|只|条|根|块|片|位|人|例)")]
    private static partial Regex EveryCounterPattern();

    private static readonly char[] SentenceEnds = ['；', ';', '。', '\n'];
    private static readonly char[] ClauseEnds = ['，', ',', '：', ':'];
    private static readonly string[] ListSeparators = ["、", "或", "/", "／"];

    /// <summary>Reads the deductions written in <paramref name="standard"/>.</summary>
    public static DeductionReading Read(string standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        var deductions = new List<Deduction>();
        foreach (var sentence in standard.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            foreach (Match match in DeductionPattern().Matches(sentence))
            {
                var condition = sentence[start..match.Index];
                start = match.Index + match.Length;
                var points = Number(match.Groups["m"].Success ? match.Groups["m"].Value : match.Groups["n"].Value);
                deductions.Add(new Deduction(points, Times(condition), (condition + match.Value).Trim(ClauseEnds).Trim()));
            }
        }

        return new DeductionReading(deductions, CapPattern().IsMatch(standard), ForfeitPattern().IsMatch(standard));
    }

    private static int? Times(string condition)
    {
        var trimmed = condition.TrimEnd();
        if (trimmed.EndsWith('各'))
        {
            return Math.Max(2, ListCount(LastClause(trimmed[..^1])));
        }

        var every = trimmed.LastIndexOf('每');
        if (every < 0 || !EveryCounterPattern().IsMatch(trimmed[every..]))
        {
            return 1;
        }

        if (EachListedPattern().IsMatch(trimmed[every..]))
        {
            var listed = ListCount(LastClause(trimmed[..every]));
            return listed >= 2 ? listed : null;
        }

        return null;
    }

    /// <summary>The last clause with text before a position: "头颈扭转、身体远离母亲或仅托住头部，" gives the list before the comma.</summary>
    private static string LastClause(string text) =>
        text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static int ListCount(string clause) =>
        clause.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
