using System.CommandLine;
using System.Globalization;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.QuestionBanks.Spreadsheets;

namespace CertEngine.Server.Cli;

/// <summary>The <c>bank</c> verbs: validate, lint, stats, diff, publish, import-xlsx, xlsx-template.</summary>
internal static class BankCommands
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var bank = new Command("bank", "题库：校验、审题、统计、比较、发布、导入 (question banks: validate, lint, stats, diff, publish, import)");
        bank.Subcommands.Add(Validate(output));
        bank.Subcommands.Add(BankLintCommand.Create(output));
        bank.Subcommands.Add(BankStatsCommand.Create(output));
        bank.Subcommands.Add(Diff(output));
        bank.Subcommands.Add(Publish(output, clock));
        bank.Subcommands.Add(ImportXlsx(output));
        bank.Subcommands.Add(Template(output));
        return bank;
    }

    private static Command Validate(TextWriter output)
    {
        var path = new Argument<string>("PATH") { Description = "a bank folder, a published version, a bank file, or a folder of banks" };
        var command = new Command("validate", "校验题库，逐条列出问题 (check banks; each problem as file:line: message)") { path };
        command.SetAction(result => RunValidate(result.GetValue(path)!, output));
        return command;
    }

    internal static int RunValidate(string path, TextWriter output)
    {
        var targets = BankDiscovery.Find(path);
        if (targets.Count == 0)
        {
            output.WriteLine($"{path}:0: 这里没有题库（没有 occupation.yaml 或 manifest.yaml） (no bank here: no occupation.yaml or manifest.yaml)");
            return 1;
        }

        var printed = new HashSet<string>(StringComparer.Ordinal);
        var errors = 0;
        var warnings = 0;
        var summaries = new List<string>();
        foreach (var target in targets)
        {
            var result = target.Load();
            foreach (var problem in result.Problems.OrderBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line))
            {
                // A module shared by several banks is read with each; say each of its problems once.
                if (printed.Add(problem.ToString()))
                {
                    output.WriteLine(problem);
                    _ = problem.Severity == ProblemSeverity.Error ? errors++ : warnings++;
                }
            }

            if (result.Bank is { } bank)
            {
                summaries.Add($"{bank.Occupation.Code}{(target.IsPublished ? " v" + Path.GetFileName(target.Directory) : "")} " +
                              $"({bank.Items.Count} items, {bank.Tasks.Count} tasks, {bank.Blueprints.Count} blueprints)");
            }
        }

        if (errors > 0)
        {
            output.WriteLine($"bank validate: {errors} 个错误 errors, {warnings} 个警告 warnings in {targets.Count} bank(s)");
            return 1;
        }

        output.WriteLine($"ok: {targets.Count} bank(s) valid, {warnings} warning(s): {string.Join("; ", summaries)}");
        return 0;
    }

    private static Command Diff(TextWriter output)
    {
        var from = new Argument<string>("A") { Description = "the earlier bank or version" };
        var to = new Argument<string>("B") { Description = "the later bank or version" };
        var command = new Command("diff", "列出两个版本之间增加、删除、修改的试题 (list added, removed and changed items between two versions)") { from, to };
        command.SetAction(result =>
        {
            var a = BankDiscovery.LoadOne(result.GetValue(from)!);
            var b = BankDiscovery.LoadOne(result.GetValue(to)!);
            if (a.Bank is null || b.Bank is null)
            {
                foreach (var problem in a.Errors.Concat(b.Errors))
                {
                    output.WriteLine(problem);
                }

                return 1;
            }

            var changes = BankDiff.Compare(a.Bank, b.Bank);
            foreach (var change in changes)
            {
                output.WriteLine(change);
            }

            output.WriteLine($"diff: {changes.Count(c => c.Kind == ChangeKind.Added)} added, {changes.Count(c => c.Kind == ChangeKind.Removed)} removed, {changes.Count(c => c.Kind == ChangeKind.Changed)} changed");
            return 0;
        });
        return command;
    }

    private static Command Publish(TextWriter output, TimeProvider clock)
    {
        var path = new Argument<string>("BANK") { Description = "the bank folder (holding occupation.yaml)" };
        var date = new Option<string?>("--date") { Description = "publication date yyyy-MM-dd (default: today)" };
        var command = new Command("publish", "校验无误后冻结为新版本 (freeze the bank as its next version, if it has no error)") { path, date };
        command.SetAction(result =>
        {
            var day = result.GetValue(date) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            switch (BankVersions.Publish(result.GetValue(path)!, day))
            {
                case PublishOutcome.Published p:
                    output.WriteLine($"published: version {p.Version} in {p.Directory} ({p.Items} items, {p.Tasks} tasks)");
                    return 0;
                case PublishOutcome.Refused r:
                    foreach (var problem in r.Problems)
                    {
                        output.WriteLine(problem);
                    }

                    output.WriteLine($"bank publish: refused, {r.Problems.Count} error(s); nothing was written");
                    return 1;
                default:
                    throw new InvalidOperationException("unknown publish outcome");
            }
        });
        return command;
    }

    private static Command ImportXlsx(TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = "the .xlsx workbook (docs/bank-template.xlsx layout)" };
        var into = new Option<string>("--into") { Description = "the bank folder to write into", Required = true };
        var command = new Command("import-xlsx", "从 Excel 模板导入试题和操作题 (import items and practical tasks from the Excel template)") { file, into };
        command.SetAction(result =>
        {
            var outcome = SpreadsheetImport.ImportInto(result.GetValue(file)!, result.GetValue(into)!);
            foreach (var problem in outcome.Problems)
            {
                output.WriteLine(problem);
            }

            if (outcome.WrittenFiles.Count == 0)
            {
                output.WriteLine($"bank import-xlsx: refused, {outcome.Problems.Count(p => p.Severity == ProblemSeverity.Error)} error(s); nothing was written");
                return 1;
            }

            output.WriteLine($"imported: {outcome.Items} items, {outcome.Tasks} tasks into {string.Join(", ", outcome.WrittenFiles)}");
            return 0;
        });
        return command;
    }

    private static Command Template(TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = "where to write the empty workbook" };
        var command = new Command("xlsx-template", "写出 Excel 编写模板 (write the Excel authoring template)") { file };
        command.SetAction(result =>
        {
            using var stream = File.Create(result.GetValue(file)!);
            SpreadsheetTemplate.Write(stream);
            output.WriteLine($"template written: {result.GetValue(file)}");
            return 0;
        });
        return command;
    }
}
