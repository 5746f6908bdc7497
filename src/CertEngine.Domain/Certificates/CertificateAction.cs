namespace CertEngine.Domain.Certificates;

/// <summary>A change asked of an issued certificate's status; every change carries its reason.</summary>
/// <param name="Reason">Why; a blank reason is refused.</param>
public abstract record CertificateAction(string Reason)
{
    /// <summary>Hold a valid certificate (暂停).</summary>
    public sealed record Suspend(string Reason) : CertificateAction(Reason);

    /// <summary>Lift a suspension (恢复).</summary>
    public sealed record Reinstate(string Reason) : CertificateAction(Reason);

    /// <summary>Withdraw a certificate for good (撤销).</summary>
    public sealed record Revoke(string Reason) : CertificateAction(Reason);

    /// <summary>Replace a certificate by a new one (换发/补发); the old one is superseded.</summary>
    public sealed record Reissue(string Reason) : CertificateAction(Reason);
}
