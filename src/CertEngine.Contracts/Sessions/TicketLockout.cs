namespace CertEngine.Contracts.Sessions;

/// <summary>Where an admission ticket stands after a wrong sign-in.</summary>
/// <param name="Locked">Whether sign-in with the ticket is now refused.</param>
/// <param name="LockedNow">Whether this failure locked it.</param>
/// <param name="Failures">Wrong sign-ins counted since the last right one or unlock.</param>
[GenerateSerializer, Immutable, Alias("certengine.TicketLockout")]
public sealed record TicketLockout([property: Id(0)] bool Locked, [property: Id(1)] bool LockedNow, [property: Id(2)] int Failures);
