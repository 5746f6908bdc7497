using System.Globalization;
using CertEngine.Contracts.Banks;
using CertEngine.Server.Features.Candidates;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Web;

/// <summary>
/// Every answer that lists problems (a bank upload or check, track rules, a candidate import) lists at most
/// <see cref="MaxListed"/> and then one line <c>还有 12,345 个问题 (and 12,345 more)</c>, so that a file of nonsense
/// gives a short answer; <c>bank validate</c> on the command line still prints every problem.
/// </summary>
public static class ProblemLists
{
    /// <summary>The most problems one answer lists; a person fixes these first and checks again.</summary>
    public const int MaxListed = 200;

    /// <summary>The rule name of the closing "and N more" line.</summary>
    public const string MoreRule = "more-problems";

    /// <summary>
    /// The first <see cref="MaxListed"/> problems, then a line counting the rest (an error when any of the rest is one).
    /// A problem that is a rule's refusal (<see cref="BankProblemInfo.Reason"/>) gets its words here, in both languages.
    /// </summary>
    public static IReadOnlyList<BankProblemInfo> Capped(IReadOnlyList<BankProblemInfo> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        problems = [.. problems.Select(p => p.Reason is { } reason && p.Message.Length == 0 ? p with { Message = RefusalWords.Bilingual(reason) } : p)];
        if (problems.Count <= MaxListed)
        {
            return problems;
        }

        var rest = problems.Skip(MaxListed).ToList();
        var severity = rest.Any(p => p.Severity == "error") ? "error" : "warning";
        return [.. problems.Take(MaxListed), new BankProblemInfo("", 0, null, MoreRule, severity, More(rest.Count))];
    }

    /// <summary>The first <see cref="MaxListed"/> spreadsheet problems, then a line counting the rest.</summary>
    public static IReadOnlyList<SheetProblem> Capped(IReadOnlyList<SheetProblem> problems) =>
        problems.Count <= MaxListed ? problems : [.. problems.Take(MaxListed), new SheetProblem(0, "", $"还有 {Count(problems.Count - MaxListed)} 个问题", $"and {Count(problems.Count - MaxListed)} more")];

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string More(int count)
    {
        var n = count.ToString("N0", CultureInfo.InvariantCulture);
        return $"还有 {n} 个问题 (and {n} more)";
    }
}
