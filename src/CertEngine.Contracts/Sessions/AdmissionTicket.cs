namespace CertEngine.Contracts.Sessions;

/// <summary>An admission ticket (准考证): its number, the sitting, the candidate's ID number and seat.</summary>
[GenerateSerializer, Immutable, Alias("certengine.AdmissionTicket")]
public sealed record AdmissionTicket(
    [property: Id(0)] string Ticket,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string IdNumber,
    [property: Id(3)] int Seat);
