using System.Diagnostics.Metrics;

namespace CertEngine.Grains.Telemetry;

/// <summary>Requests turned away: by a rate limit, or refused with a reason code (4xx ProblemDetails).</summary>
public static class RequestMetrics
{
    private static readonly Counter<long> RateLimited = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.requests.rate_limited", "{request}", "Requests refused with 429 by a rate limit, by limit");

    private static readonly Counter<long> Refused = CertEngineMeter.Meter.CreateCounter<long>(
        "certengine.requests.refused", "{request}", "Requests refused by the rules (409 ProblemDetails), by reason code");

    /// <summary>Counts a request refused by the limit named <paramref name="limit"/>.</summary>
    public static void Limited(string limit) => RateLimited.Add(1, new KeyValuePair<string, object?>("limit", limit));

    /// <summary>Counts a refusal with the reason code <paramref name="code"/> (<c>none</c> when it had none).</summary>
    public static void Refusal(string code) => Refused.Add(1, new KeyValuePair<string, object?>("code", code));
}
