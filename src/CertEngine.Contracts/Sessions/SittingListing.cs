namespace CertEngine.Contracts.Sessions;

/// <summary>A sitting as a console lists it: id, track, component, centre, room and start (the phase is read from the sitting).</summary>
[GenerateSerializer, Immutable, Alias("certengine.SittingListing")]
public sealed record SittingListing(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string TrackKey,
    [property: Id(2)] ExamComponent Component,
    [property: Id(3)] string Centre,
    [property: Id(4)] string Room,
    [property: Id(5)] DateTimeOffset StartsAt);
