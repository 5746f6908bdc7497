using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Hosting.Memory;

/// <summary>
/// When the server gives memory back (section <c>CertEngine:Memory</c>): once it has been quiet for a while after work
/// that left garbage behind (an import, a morning's check-ins, a day's grains leaving), it compacts its heap and returns
/// what it does not use to the operating system (docs/operations.md "Memory").
/// </summary>
public sealed class QuietCompactionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Memory";

    /// <summary>Compact the heap when the server is quiet. Default on.</summary>
    public bool CompactWhenQuiet { get; set; } = true;

    /// <summary>How often the server looks at its allocation rate. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the allocation rate must stay below <see cref="QuietBelowMegabytesPerSecond"/>. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan QuietFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The allocation rate (MB a second) under which the server counts as quiet. An idle server allocates about 0.1; a
    /// sitting of a few hundred candidates about 1–3; an exam day of thousands hundreds. Default 1.
    /// </summary>
    [Range(0.01, 1024)]
    public double QuietBelowMegabytesPerSecond { get; set; } = 1;

    /// <summary>Megabytes allocated since the last compaction that make another worth doing. Default 256.</summary>
    [Range(1, 1_048_576)]
    public int ArmAfterMegabytesAllocated { get; set; } = 256;

    /// <summary>Grain activations gone from this silo since the last compaction that make another worth doing. Default 1,000.</summary>
    [Range(1, 100_000_000)]
    public int ArmAfterActivationsLeft { get; set; } = 1_000;
}
