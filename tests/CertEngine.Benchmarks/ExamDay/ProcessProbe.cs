using System.Diagnostics;
using System.Globalization;
using CertEngine.Benchmarks.ExamDay.Core;
using CertEngine.Benchmarks.Load;

namespace CertEngine.Benchmarks.ExamDay;

/// <summary>The server processes (one per silo) as Linux's <c>/proc</c> shows them: resident memory and CPU seconds.</summary>
internal sealed class ProcessProbe(IReadOnlyList<int> pids) : IServerProbe
{
    private readonly List<int> _alive = [.. pids];

    public Task<ServerSample> SampleAsync(CancellationToken cancellationToken = default) => Task.FromResult(Sample());

    /// <summary>Memory and CPU seconds of the silos still up, and PostgreSQL's CPU seconds.</summary>
    public ServerSample Sample() =>
        new(_alive.Sum(pid => Resident(pid)), _alive.Sum(pid => CpuSample.Take(pid).Server), CpuSample.Take(0).Postgres);

    public bool KillOneSilo()
    {
        if (_alive.Count < 2)
        {
            return false;
        }

        var pid = _alive[^1];
        _alive.RemoveAt(_alive.Count - 1);
        try
        {
            Process.GetProcessById(pid).Kill();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static long Resident(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
