namespace CertEngine.Server.Features.Programme;

/// <summary>The figures of one value of a dimension (an occupation and level, a county, a centre or a month).</summary>
/// <param name="Key">The value (a county's name, a centre, a month's number, an occupation code/工种/level).</param>
/// <param name="Label">How the value is shown.</param>
/// <param name="Figures">The figures.</param>
public sealed record ProgrammeSlice(string Key, string Label, ProgrammeFigures Figures);
