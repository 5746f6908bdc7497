namespace CertEngine.Server.Features.Programme;

/// <summary>One programme's line of the report: its figures for the year and its target.</summary>
/// <param name="Id">The programme id (<c>other</c> for tracks no programme counts).</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Figures">The figures.</param>
/// <param name="Target">The target for the year, if any.</param>
public sealed record ProgrammeLine(string Id, string Name, string EnglishName, ProgrammeFigures Figures, ProgrammeTargetLine? Target);
