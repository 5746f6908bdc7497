using System.Globalization;
using BenchmarkDotNet.Running;
using CertEngine.Benchmarks;

// `-- exposure [seed [count [version [bank]]]]` prints exposure statistics of a shipped version (default 1) of a bank
// (default 4-10-01-06), count seeds from seed on, with a summary when more than one; anything else goes to BenchmarkDotNet (`-- --filter *`).
if (args.Length > 0 && args[0] == ExposureRun.Command)
{
    var seed = args.Length > 1 ? ulong.Parse(args[1], CultureInfo.InvariantCulture) : 20261123UL;
    var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
    var version = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
    return ExposureRun.Run(seed, count, version, args.Length > 4 ? args[4] : "4-10-01-06");
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Load.LoadRun.Command)
{
    return await CertEngine.Benchmarks.Load.LoadRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Load.RegisterRun.Command)
{
    return await CertEngine.Benchmarks.Load.RegisterRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Certificates.CertificateCpuRun.Command)
{
    return CertEngine.Benchmarks.Certificates.CertificateCpuRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Web.BareEndpointRun.Command)
{
    return await CertEngine.Benchmarks.Web.BareEndpointRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Programme.ProgrammeReportRun.Command)
{
    return await CertEngine.Benchmarks.Programme.ProgrammeReportRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Analytics.SittingSignalsRun.Command)
{
    return await CertEngine.Benchmarks.Analytics.SittingSignalsRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.Analytics.ItemAnalysisRun.Command)
{
    return await CertEngine.Benchmarks.Analytics.ItemAnalysisRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.ExamDay.PaperMemoryRun.Command)
{
    return CertEngine.Benchmarks.ExamDay.PaperMemoryRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == CertEngine.Benchmarks.ExamDay.ExamDayRun.Command)
{
    return await CertEngine.Benchmarks.ExamDay.ExamDayRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PaperPlanBenchmarks).Assembly).Run(args);
return 0;
