using CertEngine.Contracts.Sessions;

namespace CertEngine.Grains.Sessions;

/// <summary>The stored sittings of an admission ticket and its sign-in guard.</summary>
[GenerateSerializer, Alias("certengine.AdmissionTicketState")]
public sealed class AdmissionTicketState
{
    /// <summary>One entry per sitting and candidate, oldest first.</summary>
    [Id(0)] public List<AdmissionTicket> Bindings { get; set; } = [];

    /// <summary>Wrong sign-ins since the last right one or unlock.</summary>
    [Id(1)] public int FailedSignIns { get; set; }

    /// <summary>When the ticket locked; <see langword="null"/> when it is not locked.</summary>
    [Id(2)] public DateTimeOffset? LockedAt { get; set; }

    /// <summary>The browser signed in per sitting and candidate (one entry per binding at most).</summary>
    [Id(3)] public List<SeatDeviceState> Devices { get; set; } = [];
}
