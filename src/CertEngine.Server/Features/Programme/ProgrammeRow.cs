namespace CertEngine.Server.Features.Programme;

/// <summary>
/// One row of the report's detail: a programme, occupation (track's code and 工种), level, county, exam centre and month,
/// with its figures and its components' figures.
/// </summary>
/// <param name="Programme">The programme id (<c>other</c> for a track no programme counts).</param>
/// <param name="OccupationCode">The occupation or 专项 code.</param>
/// <param name="Occupation">The occupation's name in the programme map.</param>
/// <param name="WorkType">The 工种, or empty.</param>
/// <param name="Level">The level digit, or null for a 专项.</param>
/// <param name="County">The county, or empty when unknown.</param>
/// <param name="Centre">The exam centre, or empty before any sitting.</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="Figures">The figures.</param>
/// <param name="Components">Per component: sat and passed.</param>
public sealed record ProgrammeRow(
    string Programme,
    string OccupationCode,
    string Occupation,
    string WorkType,
    int? Level,
    string County,
    string Centre,
    int Month,
    ProgrammeFigures Figures,
    IReadOnlyList<ProgrammeComponentRate> Components);
