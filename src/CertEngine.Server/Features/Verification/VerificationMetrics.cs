using System.Diagnostics.Metrics;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// The <c>certengine.certificate.verifications</c> counter (meter <c>CertEngine.Certificates</c>), tagged with the
/// <c>outcome</c> (the status answered) and the <c>channel</c> (<c>qr</c> or <c>lookup</c>).
/// </summary>
public sealed class VerificationMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "CertEngine.Certificates";

    private readonly Counter<long> _verifications;

    /// <summary>Creates the counter on the host's meter factory.</summary>
    public VerificationMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _verifications = meters.Create(MeterName).CreateCounter<long>("certengine.certificate.verifications", "{lookup}", "Public certificate lookups by outcome");
    }

    /// <summary>Counts one lookup.</summary>
    public void Count(string outcome, string channel) =>
        _verifications.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("channel", channel));
}
