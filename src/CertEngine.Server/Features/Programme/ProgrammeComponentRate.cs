namespace CertEngine.Server.Features.Programme;

/// <summary>A component's figures in a slice: candidates who sat it and who passed it in the period.</summary>
/// <param name="Component">The component (theory, practical, review).</param>
/// <param name="Sat">Sat it.</param>
/// <param name="Passed">Passed it.</param>
public sealed record ProgrammeComponentRate(string Component, long Sat, long Passed)
{
    /// <summary>Passed ÷ sat, or null when nobody sat it.</summary>
    public double? PassRate => Sat > 0 ? Math.Round((double)Passed / Sat, 4) : null;
}
