namespace CertEngine.Storage.Records;

/// <summary>A store whose grain state lives elsewhere (memory, in tests) has no older trails to move.</summary>
public sealed class NoLegacyAuditTrails : ILegacyAuditTrails
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([]);
}
