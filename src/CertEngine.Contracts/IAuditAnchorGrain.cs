namespace CertEngine.Contracts;

/// <summary>
/// Writes the audit log's anchors: every period (a reminder) it chains the heads of every subject's chain changed since
/// the previous anchor, so that removing a whole subject's trail is detected. Key: <see cref="Key"/> (one per cluster).
/// </summary>
public interface IAuditAnchorGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "anchor";

    /// <summary>Makes sure the anchoring reminder runs (idempotent; called at every silo start).</summary>
    Task StartAsync();

    /// <summary>Writes an anchor now; returns its hash, or <see langword="null"/> when no chain changed since the last one.</summary>
    Task<string?> AnchorNowAsync();
}
