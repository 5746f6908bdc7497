namespace CertEngine.Domain.Certificates;

/// <summary>
/// The status changes of an issued certificate: suspend only a valid one, reinstate only a suspended one, revoke or
/// reissue a valid or suspended one. Revoked and superseded are final: a reissued certificate's successor carries
/// any later change.
/// </summary>
public static class CertificateLifecycle
{
    /// <summary>The status after <paramref name="action"/>, or why it is refused.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An action type this version does not know.</exception>
    public static LifecycleOutcome Apply(CertificateStatus status, CertificateAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (string.IsNullOrWhiteSpace(action.Reason))
        {
            return new LifecycleOutcome.Refused(CertificateRefusal.ReasonRequired);
        }

        CertificateStatus? next = (action, status) switch
        {
            (CertificateAction.Suspend, CertificateStatus.Valid) => CertificateStatus.Suspended,
            (CertificateAction.Reinstate, CertificateStatus.Suspended) => CertificateStatus.Valid,
            (CertificateAction.Revoke, CertificateStatus.Valid or CertificateStatus.Suspended) => CertificateStatus.Revoked,
            (CertificateAction.Reissue, CertificateStatus.Valid or CertificateStatus.Suspended) => CertificateStatus.Superseded,
            (CertificateAction.Suspend or CertificateAction.Reinstate or CertificateAction.Revoke or CertificateAction.Reissue, _) => null,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name, "unknown certificate action"),
        };
        return next is { } changed
            ? new LifecycleOutcome.Changed(changed, action.Reason.Trim())
            : new LifecycleOutcome.Refused(Refused.Of(CertificateRefusal.NotAllowedFromStatus, status, action.GetType().Name));
    }
}
