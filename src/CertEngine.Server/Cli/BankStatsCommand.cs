using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Stats;
using Spectre.Console;

namespace CertEngine.Server.Cli;

/// <summary>
/// The <c>bank stats</c> verb: per bank version and theory blueprint, 鉴定点 and items per cell and 工作内容 by type and
/// difficulty against what a paper draws, the expected overlap of two papers, and the thin pools. <c>--json</c> for machines.
/// </summary>
internal static class BankStatsCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(TextWriter output)
    {
        var path = new Argument<string>("PATH") { Description = "a bank folder, a published version, a bank file, or a folder of banks" };
        var json = new Option<bool>("--json") { Description = "write the figures as JSON instead of tables" };
        var command = new Command("stats", "题库统计：各节点鉴定点与题量、抽题倍数、两卷重复 (bank figures: items per node, pool ratios, overlap of two papers)") { path, json };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(json), output));
        return command;
    }

    internal static int Run(string path, bool json, TextWriter output)
    {
        var targets = BankDiscovery.Find(path);
        if (targets.Count == 0)
        {
            output.WriteLine($"{path}:0: 这里没有题库（没有 occupation.yaml 或 manifest.yaml） (no bank here: no occupation.yaml or manifest.yaml)");
            return 1;
        }

        var code = 0;
        var documents = new List<object>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        foreach (var target in targets)
        {
            var loaded = target.Load();
            if (loaded.Bank is not { } bank)
            {
                foreach (var problem in loaded.Errors)
                {
                    output.WriteLine(problem);
                }

                code = 1;
                continue;
            }

            var version = target.IsPublished ? "v" + Path.GetFileName(target.Directory) : "source";
            var statistics = BankStatistics.Of(bank);
            if (json)
            {
                documents.Add(new { bank = bank.Occupation.Code, version, blueprints = statistics });
                continue;
            }

            foreach (var blueprint in statistics)
            {
                Print(console, output, bank, version, blueprint);
            }

            if (statistics.Count == 0)
            {
                output.WriteLine($"{bank.Occupation.Code} {bank.Occupation.Name} {version}: 没有理论组卷方案 (no theory blueprint)");
            }
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(documents, Json));
        }

        return code;
    }

    private static void Print(IAnsiConsole console, TextWriter output, Bank bank, string version, BlueprintStatistics blueprint)
    {
        var types = blueprint.Pools.Select(p => p.Type).Distinct().Order().ToList();
        output.WriteLine();
        output.WriteLine($"{bank.Occupation.Code} {bank.Occupation.Name} {version} · {bank.LevelName(blueprint.Level)}{(blueprint.WorkType is null ? "" : " " + blueprint.WorkType)} 理论 theory: {blueprint.PaperItems} items per paper");
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumn("节点 node");
        table.AddColumn(new TableColumn("鉴定点 elements (无题 none)").RightAligned());
        foreach (var type in types)
        {
            table.AddColumn(new TableColumn($"{type.ToChinese()} pool/draw = ratio").RightAligned());
        }

        table.AddColumn(new TableColumn("难度 1/2/3/4/5").RightAligned());
        foreach (var content in blueprint.Contents)
        {
            var cells = new List<string>
            {
                Markup.Escape(new string(' ', content.Depth * 2) + $"{content.NodeId} {content.Name}"),
                content.ElementsWithoutItems > 0 ? $"{content.Elements} ({content.ElementsWithoutItems})" : $"{content.Elements}",
            };
            foreach (var type in types)
            {
                var items = content.Items.GetValueOrDefault(type);
                var pool = content.Depth == 0 ? blueprint.Pools.FirstOrDefault(p => p.NodeId == content.NodeId && p.Type == type) : null;
                cells.Add(pool is null ? $"{items}" : $"{(pool.IsThin ? "! " : "")}{pool.Pool}/{pool.Drawn} = {pool.Ratio.ToString("0.0", CultureInfo.InvariantCulture)}×");
            }

            cells.Add(string.Join("/", content.ByDifficulty));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        var overlap = blueprint.ExpectedOverlap;
        output.WriteLine($"两份随机试卷预计重复 expected overlap of two papers: {overlap.ToString("0.0", CultureInfo.InvariantCulture)} of {blueprint.PaperItems} items ({(overlap / blueprint.PaperItems).ToString("P0", CultureInfo.InvariantCulture)}) = Σ draw² ÷ pool");
        var thin = blueprint.ThinPools.ToList();
        output.WriteLine(thin.Count == 0
            ? $"薄弱 thin (< {bank.Rules.MinPoolRatio.ToString("0.##", CultureInfo.InvariantCulture)}× the draw): none"
            : $"薄弱 thin (< {bank.Rules.MinPoolRatio.ToString("0.##", CultureInfo.InvariantCulture)}× the draw): " +
              string.Join(", ", thin.Select(p => $"{p.NodeId} × {p.Type.ToChinese()} {p.Pool}/{p.Drawn} = {p.Ratio.ToString("0.0", CultureInfo.InvariantCulture)}×")));
        var lowest = blueprint.Pools.OrderBy(p => p.Ratio).Take(3)
            .Select(p => $"{p.NodeId} × {p.Type.ToChinese()} {p.Ratio.ToString("0.0", CultureInfo.InvariantCulture)}×");
        output.WriteLine($"最薄的池 thinnest pools: {string.Join(", ", lowest)}");
    }
}
