namespace CertEngine.Storage.Records.Batches;

/// <summary>A candidate of a batch and the one admission ticket number they hold in it.</summary>
/// <param name="IdNumber">The candidate's ID number.</param>
/// <param name="Ticket">The ticket number as the centre wrote it.</param>
public sealed record BatchMember(string IdNumber, string Ticket);
