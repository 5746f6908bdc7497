namespace CertEngine.Server.Features.Verification;

/// <summary>How often each server hands its count of certificate lookups to the day's tally (<see cref="VerificationCounts"/>).</summary>
public sealed class VerificationCounterOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Verification:Tally";

    /// <summary>Seconds between hand-overs (default 5): a lookup reaches the durable tally within this time.</summary>
    public int FlushSeconds { get; set; } = 5;
}
