namespace CertEngine.Grains.Certificates;

/// <summary>How often each silo's verification counter hands its counts to the day's tally.</summary>
public sealed class VerificationCounterOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Verification:Tally";

    /// <summary>Seconds between hand-overs (default 5): a lookup reaches the durable tally within this time.</summary>
    public int FlushSeconds { get; set; } = 5;
}
