namespace CertEngine.Domain.Programmes;

/// <summary>An occupation, 工种 or 专项 counted towards a programme (programme/programmes.yaml).</summary>
/// <param name="Code">The 大典 code, or the 专项's code.</param>
/// <param name="WorkType">The 工种 this entry is limited to, or null for every 工种 of the occupation not listed on its own.</param>
/// <param name="Name">The name shown in the report.</param>
/// <param name="Specialty">True for a 专项职业能力 (track <c>专项/&lt;code&gt;</c>, no level).</param>
/// <param name="CodeUnconfirmed">True when the code is not confirmed by an official text.</param>
public sealed record ProgrammeOccupation(string Code, string? WorkType, string Name, bool Specialty, bool CodeUnconfirmed);
