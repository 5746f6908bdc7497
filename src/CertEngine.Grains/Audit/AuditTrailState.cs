using CertEngine.Contracts;

namespace CertEngine.Grains.Audit;

/// <summary>
/// What an older release stored as one subject's trail (oldest first): read once, moved into the record store's chain,
/// then cleared. Nothing new is written here.
/// </summary>
[GenerateSerializer, Alias("certengine.AuditTrailState")]
public sealed class AuditTrailState
{
    /// <summary>The records of an older release; empty once moved.</summary>
    [Id(0)] public List<AuditRecord> Records { get; set; } = [];
}
