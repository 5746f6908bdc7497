namespace CertEngine.Storage.Records;

/// <summary>The subjects whose audit trail an older release kept in grain state and that still wait to be moved.</summary>
public interface ILegacyAuditTrails
{
    /// <summary>The subjects still holding a trail in grain state.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);
}
