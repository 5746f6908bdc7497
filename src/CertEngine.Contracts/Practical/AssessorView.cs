namespace CertEngine.Contracts.Practical;

/// <summary>What an assigned assessor sees of a candidate's practical attempt: ticket, station, tasks.</summary>
[GenerateSerializer, Immutable, Alias("certengine.AssessorView")]
public sealed record AssessorView([property: Id(0)] string Ticket, [property: Id(1)] int Station, [property: Id(2)] IReadOnlyList<TaskAssignment> Tasks);
