using BenchmarkDotNet.Attributes;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Benchmarks;

/// <summary>Grading a 100-item paper with a precomputed answer key (target: ≤ 10 µs).</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class ObjectiveGraderBenchmarks
{
    private AnswerKey _key = null!;
    private Dictionary<int, IReadOnlyList<string>> _answers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (bank, blueprint) = SyntheticBank.Build();
        var plan = ((PaperPlanResult.Ready)PaperPlan.Create(bank, "benchmark", 1, blueprint)).Plan;
        var paper = plan.Assemble(20261123, 0);
        _key = AnswerKey.For(paper, bank);

        // Every third answer wrong, every seventh left blank: a realistic mix of paths.
        _answers = [];
        for (var i = 0; i < paper.Questions.Count; i++)
        {
            if (i % 7 == 6)
            {
                continue;
            }

            var item = bank.FindItem(paper.Questions[i].ItemId)!;
            _answers[i] = i % 3 == 2 ? [item.Type == ItemType.Judge ? "false" : "Z"] : item.Key;
        }
    }

    [Benchmark]
    public PaperGrade Grade_100Items() => ObjectiveGrader.Grade(_key, _answers, MultipleChoicePolicy.AllOrNothing);
}
