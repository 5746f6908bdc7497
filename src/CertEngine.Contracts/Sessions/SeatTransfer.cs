namespace CertEngine.Contracts.Sessions;

/// <summary>A candidate moved from one sitting to another (调场): who, with which ticket number, from which sitting of which track and component.</summary>
[GenerateSerializer, Immutable, Alias("certengine.SeatTransfer")]
public sealed record SeatTransfer(
    [property: Id(0)] string IdNumber,
    [property: Id(1)] string Ticket,
    [property: Id(2)] string FromSessionId,
    [property: Id(3)] string TrackKey,
    [property: Id(4)] ExamComponent Component);
