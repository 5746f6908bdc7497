namespace CertEngine.Domain.Programmes;

/// <summary>Where a track counts: its programme and the occupation entry that placed it.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Occupation">The entry that matched.</param>
public sealed record ProgrammePlace(ProgrammeDefinition Programme, ProgrammeOccupation Occupation);
