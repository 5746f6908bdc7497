using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>The stored sittings of an admission ticket.</summary>
[GenerateSerializer, Alias("certengine.AdmissionTicketState")]
public sealed class AdmissionTicketState
{
    /// <summary>One entry per sitting and candidate, oldest first.</summary>
    [Id(0)] public List<AdmissionTicket> Bindings { get; set; } = [];
}
