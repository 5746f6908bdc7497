using System.CommandLine;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Lint;

namespace CertEngine.Server.Cli;

/// <summary>The <c>bank lint</c> verb: what a reviewer would flag (cues, restatements, balance), errors as <c>file:line: message</c>.</summary>
internal static class BankLintCommand
{
    public static Command Create(TextWriter output)
    {
        var path = new Argument<string>("PATH") { Description = "a bank folder, a bank file, or a folder of banks (published versions are frozen and skipped)" };
        var command = new Command("lint", "审题：答案线索、重复题、判断与难度分布 (review banks: key cues, restated items, 判断 and difficulty balance)") { path };
        command.SetAction(result => Run(result.GetValue(path)!, output));
        return command;
    }

    internal static int Run(string path, TextWriter output)
    {
        var targets = BankDiscovery.Find(path).Where(t => !t.IsPublished).ToList();
        if (targets.Count == 0)
        {
            output.WriteLine($"{path}:0: 这里没有题库源文件（没有 occupation.yaml） (no bank source here: no occupation.yaml)");
            return 1;
        }

        var printed = new HashSet<string>(StringComparer.Ordinal);
        var errors = 0;
        var warnings = 0;
        var byRule = new SortedDictionary<string, (int Errors, int Warnings)>(StringComparer.Ordinal);
        var summaries = new List<string>();
        foreach (var target in targets)
        {
            var loaded = target.Load();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var report = loaded.Bank is { } bank && loaded.IsValid
                ? BankLinter.Lint(bank)
                : new LintReport(loaded.Errors.ToList(), []);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            foreach (var problem in report.Problems.OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line))
            {
                // A module shared by several banks is linted with each; say each of its problems once.
                if (!printed.Add(problem.ToString()))
                {
                    continue;
                }

                output.WriteLine(problem);
                var isError = problem.Severity == ProblemSeverity.Error;
                _ = isError ? errors++ : warnings++;
                var (e, w) = byRule.GetValueOrDefault(problem.Rule);
                byRule[problem.Rule] = isError ? (e + 1, w) : (e, w + 1);
            }

            if (loaded.Bank is { } linted)
            {
                output.WriteLine($"== {linted.Occupation.Code} {linted.Occupation.Name}: {linted.Items.Count} items, linted in {elapsed.TotalMilliseconds:0} ms");
                foreach (var figure in report.Figures)
                {
                    var level = figure.Level is { } digit ? linted.LevelName(digit) + " " : "";
                    output.WriteLine($"   {(figure.Passed ? "ok  " : "FAIL")} {figure.Rule,-20} {level}{figure.Name}: {LintFormat(figure.Value)} (bound {figure.Bound})");
                }

                summaries.Add(linted.Occupation.Code);
            }
        }

        var rules = string.Join(", ", byRule.Select(r => $"{r.Key} {r.Value.Errors}/{r.Value.Warnings}"));
        output.WriteLine($"bank lint: {errors} 个错误 errors, {warnings} 个警告 warnings in {targets.Count} bank(s) ({string.Join(", ", summaries)})" +
                         (rules.Length > 0 ? $"; by rule (errors/warnings): {rules}" : ""));
        return errors > 0 ? 1 : 0;
    }

    private static string LintFormat(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
