using System.Globalization;
using System.Runtime.CompilerServices;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Grains.Attempts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>
/// `paper-memory [papers]`: how many bytes a theory paper and its answer sheet keep alive once read back from storage, as
/// an attempt grain reads them on activation, with and without <see cref="SharedPaperParts"/>. Papers of 100 questions
/// (80 单选 in one of the 24 orders of A–D, 20 判断) and 50 saved answers, drawn from a pool of 1,000 items (800 单选, 200 判断)
/// in 10 cells.
/// </summary>
internal static class PaperMemoryRun
{
    public const string Command = "paper-memory";

    public static int Run(string[] args)
    {
        var papers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var serializer = new ServiceCollection()
            .AddSerializer(builder => builder.AddAssembly(typeof(AttemptState).Assembly))
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        var stored = Enumerable.Range(0, papers).Select(i => (Paper: serializer.SerializeToArray(Paper(i)), Sheet: serializer.SerializeToArray(Sheet(i)))).ToList();

        foreach (var shared in new[] { false, true })
        {
            var bytes = KeptPerPaper(serializer, stored, shared);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"paper-memory: {papers} papers of 100 questions with 50 answers, {(shared ? "shared parts" : "as read back")}: {bytes / 1024:F1} KiB per paper"));
        }

        return 0;
    }

    /// <summary>Reads every paper back and keeps it; the bytes kept per paper (in its own frame, so nothing outlives it).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double KeptPerPaper(Serializer serializer, List<(byte[] Paper, byte[] Sheet)> stored, bool shared)
    {
        var before = Retained();
        var kept = new List<(AttemptState, AnswerSheetState)>(stored.Count);
        foreach (var (paperBytes, sheetBytes) in stored)
        {
            var paper = serializer.Deserialize<AttemptState>(paperBytes)!;
            var sheet = serializer.Deserialize<AnswerSheetState>(sheetBytes)!;
            if (shared)
            {
                SharedPaperParts.Share(paper.Questions, sheet);
            }

            kept.Add((paper, sheet));
        }

        var bytes = (Retained() - before) / (double)stored.Count;
        GC.KeepAlive(kept);
        return bytes;
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static AttemptState Paper(int seed)
    {
        var random = new Random(seed);
        string[] labels = ["A", "B", "C", "D"];
        return new AttemptState
        {
            BankId = "4-10-01-03",
            Level = 5,
            Questions = Enumerable.Range(0, 100).Select(i =>
            {
                // As in a bank, an item has one type and one cell: 800 单选 items and 200 判断 items over 10 cells.
                var item = i < 80 ? random.Next(800) : 800 + random.Next(200);
                return new QuestionState
                {
                    ItemId = $"by5a-{item:D3}",
                    ItemVersion = 1,
                    Kind = i < 80 ? ItemType.Single : ItemType.Judge,
                    Points = 1,
                    Cell = $"cell{item % 10}",
                    OptionOrder = i < 80 ? [.. labels.OrderBy(_ => random.Next())] : [],
                };
            }).ToList(),
        };
    }

    private static AnswerSheetState Sheet(int seed)
    {
        var random = new Random(seed);
        var sheet = new AnswerSheetState();
        for (var i = 0; i < 50; i++)
        {
            var index = i * 2;
            sheet.Answers[index] = index < 80 ? [((char)('A' + random.Next(4))).ToString()] : [random.Next(2) == 0 ? "true" : "false"];
            sheet.Traces[index] = new AnswerTraceState { FirstAt = DateTimeOffset.UnixEpoch, LastAt = DateTimeOffset.UnixEpoch };
        }

        return sheet;
    }
}
