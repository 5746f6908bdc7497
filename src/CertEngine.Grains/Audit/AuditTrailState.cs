using CertEngine.Contracts;

namespace CertEngine.Grains.Audit;

/// <summary>The stored records of one audit trail, oldest first.</summary>
[GenerateSerializer, Alias("certengine.AuditTrailState")]
public sealed class AuditTrailState
{
    /// <summary>The records; only ever appended to.</summary>
    [Id(0)] public List<AuditRecord> Records { get; set; } = [];
}
