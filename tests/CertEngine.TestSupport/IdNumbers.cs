using System.Globalization;
using CertEngine.Domain.Candidates;

namespace CertEngine.TestSupport;

/// <summary>Valid 18-character ID numbers (GB 11643 check character) for test candidates, region 140402 (长治市潞州区).</summary>
public static class IdNumbers
{
    private static int _sequence;

    /// <summary>A valid number no other call in this process returns.</summary>
    public static string New()
    {
        var n = Interlocked.Increment(ref _sequence) + Environment.ProcessId % 500;
        return WithCheck(string.Create(CultureInfo.InvariantCulture, $"140402{1975 + n % 25}{1 + n % 12:00}{1 + n % 28:00}{n % 1000:000}"));
    }

    /// <summary>
    /// The <paramref name="index"/>th number of a series named by <paramref name="seed"/> (0–99): the same arguments give the
    /// same number, so a test can find its candidates again after a restart; different seeds never collide below 100,000.
    /// </summary>
    public static string Seeded(int seed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seed, 99);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 100_000);
        // The seed and the index's thousands pick the birth date (1960–1987), the rest the order code.
        var birth = new DateOnly(1960, 1, 1).AddDays(seed * 100 + index / 1000);
        return WithCheck(string.Create(CultureInfo.InvariantCulture, $"140402{birth:yyyyMMdd}{index % 1000:000}"));
    }

    /// <summary>The 17-digit <paramref name="body"/> with its check character.</summary>
    public static string WithCheck(string body) => body + IdentityNumber.CheckCharacterOf(body);
}
