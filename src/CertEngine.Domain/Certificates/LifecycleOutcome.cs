namespace CertEngine.Domain.Certificates;

/// <summary>The outcome of <see cref="CertificateLifecycle.Apply"/>.</summary>
public abstract record LifecycleOutcome
{
    private LifecycleOutcome()
    {
    }

    /// <summary>The certificate's new status, with the trimmed reason to record.</summary>
    public sealed record Changed(CertificateStatus Status, string Reason) : LifecycleOutcome;

    /// <summary>The change is not allowed from the current status, or it has no reason.</summary>
    public sealed record Refused(Refused<CertificateRefusal> Why) : LifecycleOutcome;
}
