using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Web.Store;

/// <summary>How the server watches its store (section <c>CertEngine:Store</c>).</summary>
public sealed class StoreAvailabilityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Store";

    /// <summary>Time between probes while the store answers. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between probes during an outage, i.e. how soon after the database returns the server serves again. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan OutageProbeInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one probe may take, connecting included (whole seconds, at least 1). Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The <c>Retry-After</c> sent with a 503, in whole seconds. Default 5.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>
    /// Path prefixes of requests that need the store: while it is known to be down they are answered 503 at once,
    /// without touching a grain. Default <c>/api</c>.
    /// </summary>
    [MinLength(1)]
    public string[] GuardedPaths { get; set; } = ["/api"];
}
