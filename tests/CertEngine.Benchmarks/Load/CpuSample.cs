using System.Diagnostics;
using System.Globalization;

namespace CertEngine.Benchmarks.Load;

/// <summary>
/// CPU seconds used so far by the load driver, the server process and every PostgreSQL process, read from Linux's
/// <c>/proc</c>: on a small machine where all three share the cores, CPU per save says more than throughput alone.
/// </summary>
internal readonly record struct CpuSample(double Driver, double Server, double Postgres)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuSample operator -(CpuSample after, CpuSample before) =>
        new(after.Driver - before.Driver, after.Server - before.Server, after.Postgres - before.Postgres);

    public static CpuSample Take(int serverPid)
    {
        var driver = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var server = serverPid > 0 ? Seconds(serverPid.ToString(CultureInfo.InvariantCulture)) : 0;
        var postgres = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(directory);
            if (pid.All(char.IsAsciiDigit) && ReadOrEmpty(Path.Combine(directory, "comm")).Trim() == "postgres")
            {
                // With the children it has reaped: a backend that exits (a closed connection) keeps counting in its
                // postmaster's cutime and cstime, so the sum never falls between two samples.
                postgres += Seconds(pid, withReapedChildren: true);
            }
        }

        return new CpuSample(driver, server, postgres);
    }

    private static double Seconds(string pid, bool withReapedChildren = false)
    {
        // /proc/<pid>/stat: "pid (comm) state ..." — utime and stime are the 14th and 15th fields, counted after the ")",
        // then cutime and cstime (the reaped children's).
        var stat = ReadOrEmpty($"/proc/{pid}/stat");
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return 0;
        }

        var fields = stat[(close + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        if (withReapedChildren)
        {
            ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        }

        return ticks / TicksPerSecond;
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
