namespace CertEngine.Grains.Sessions;

/// <summary>The browser whose sign-in stands for one candidate in one sitting, and how often another took over.</summary>
[GenerateSerializer, Alias("certengine.SeatDeviceState")]
public sealed class SeatDeviceState
{
    /// <summary>The sitting.</summary>
    [Id(0)] public string SessionId { get; set; } = "";

    /// <summary>The candidate's ID number.</summary>
    [Id(1)] public string IdNumber { get; set; } = "";

    /// <summary>The random id of the signed-in browser; <see langword="null"/> after signing out.</summary>
    [Id(2)] public string? Device { get; set; }

    /// <summary>How many times a later sign-in took over from an earlier, still signed-in browser.</summary>
    [Id(3)] public int Changes { get; set; }

    /// <summary>When that last happened.</summary>
    [Id(4)] public DateTimeOffset? ChangedAt { get; set; }
}
