using System.Diagnostics;
using System.Globalization;

namespace CertEngine.Benchmarks.ExamDay.Core;

/// <summary>
/// The CPU the driver and the whole machine have used so far, for splitting a window's CPU between the server,
/// PostgreSQL and the driver that share the cores: the driver's own from its process, the machine's from Linux's
/// <c>/proc/stat</c> (busy: every state but idle and iowait; all: every state, so all ÷ window = cores).
/// </summary>
public static class MachineCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>CPU seconds of this process so far.</summary>
    public static double DriverSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>The machine's busy and total CPU seconds so far; null where <c>/proc/stat</c> cannot be read.</summary>
    public static (double Busy, double All)? Machine()
    {
        try
        {
            using var reader = new StreamReader("/proc/stat");
            return Parse(reader.ReadLine());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first line of <c>/proc/stat</c> ("cpu user nice system idle iowait irq softirq steal …") as busy and total seconds.</summary>
    public static (double Busy, double All)? Parse(string? line)
    {
        var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields is null || fields.Length < 6 || fields[0] != "cpu")
        {
            return null;
        }

        // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
        var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var all = ticks.Sum();
        var idle = ticks[3] + ticks[4];
        return ((all - idle) / TicksPerSecond, all / TicksPerSecond);
    }
}
