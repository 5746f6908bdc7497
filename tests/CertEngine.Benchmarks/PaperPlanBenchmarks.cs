using BenchmarkDotNet.Attributes;
using CertEngine.Domain.Papers;

namespace CertEngine.Benchmarks;

/// <summary>Assembling one paper from a prepared plan (targets: ≤ 50 µs and ≤ 64 KiB per paper).</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class PaperPlanBenchmarks
{
    private PaperPlan _plan = null!;
    private int _seat;

    [GlobalSetup]
    public void Setup()
    {
        var (bank, blueprint) = SyntheticBank.Build();
        _plan = ((PaperPlanResult.Ready)PaperPlan.Create(bank, "benchmark", 1, blueprint)).Plan;
    }

    /// <summary>A 100-item paper from the 5,000-item bank; the seat moves on each call so no two calls draw alike.</summary>
    [Benchmark]
    public Paper Assemble_100From5000() => _plan.Assemble(20261123, _seat++ & 0xFFFF);
}
