namespace CertEngine.Domain.Programmes;

/// <summary>One of the 太行家政 programmes (母婴, 居家, 养老, 医护 服务) and the occupations it counts.</summary>
/// <param name="Id">The stable id used in URLs, targets and exports (e.g. <c>maternal</c>).</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Occupations">The occupations, 工种 and 专项 it counts.</param>
public sealed record ProgrammeDefinition(string Id, string Name, string EnglishName, IReadOnlyList<ProgrammeOccupation> Occupations);
