using System.Globalization;
using BenchmarkDotNet.Running;
using CertEngine.Benchmarks;

// `-- exposure [seed]` prints exposure statistics; anything else goes to BenchmarkDotNet (`-- --filter *`).
if (args.Length > 0 && args[0] == ExposureRun.Command)
{
    var seed = args.Length > 1 ? ulong.Parse(args[1], CultureInfo.InvariantCulture) : 20261123UL;
    return ExposureRun.Run(seed);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Load.LoadRun.Command)
{
    return await CertEngine.Benchmarks.Load.LoadRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PaperPlanBenchmarks).Assembly).Run(args);
return 0;
