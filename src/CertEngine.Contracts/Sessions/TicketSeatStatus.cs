namespace CertEngine.Contracts.Sessions;

/// <summary>An admission ticket as the proctor's roster shows it for one candidate and sitting.</summary>
/// <param name="Locked">Whether sign-in with the ticket is locked after wrong ID numbers or access codes.</param>
/// <param name="Failures">Wrong sign-ins counted since the last right one or unlock.</param>
/// <param name="SignedIn">Whether a browser is signed in for this candidate and sitting.</param>
/// <param name="DeviceChanges">How many times a later sign-in took over from an earlier browser.</param>
/// <param name="DeviceChangedAt">When that last happened.</param>
[GenerateSerializer, Immutable, Alias("certengine.TicketSeatStatus")]
public sealed record TicketSeatStatus(
    [property: Id(0)] bool Locked,
    [property: Id(1)] int Failures,
    [property: Id(2)] bool SignedIn,
    [property: Id(3)] int DeviceChanges,
    [property: Id(4)] DateTimeOffset? DeviceChangedAt);
