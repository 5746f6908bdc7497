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
            return new LifecycleOutcome.Refused("状态变更必须说明理由 (a status change needs a reason)");
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
            : new LifecycleOutcome.Refused($"{Name(status)}的证书不能{Name(action)} (cannot {action.GetType().Name.ToLowerInvariant()} a {status.ToString().ToLowerInvariant()} certificate)");
    }

    private static string Name(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.Suspended => "已暂停",
        CertificateStatus.Revoked => "已撤销",
        CertificateStatus.Superseded => "已换发",
        _ => status.ToString(),
    };

    private static string Name(CertificateAction action) => action switch
    {
        CertificateAction.Suspend => "暂停",
        CertificateAction.Reinstate => "恢复",
        CertificateAction.Revoke => "撤销",
        CertificateAction.Reissue => "换发",
        _ => action.GetType().Name,
    };
}
