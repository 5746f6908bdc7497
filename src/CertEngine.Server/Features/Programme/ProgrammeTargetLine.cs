namespace CertEngine.Server.Features.Programme;

/// <summary>A programme's target for the report's year, set against its certificates over the target's years.</summary>
/// <param name="FromYear">The first year counted.</param>
/// <param name="Year">The target's year.</param>
/// <param name="Target">The number to reach.</param>
/// <param name="Certified">Certificates of the programme over <paramref name="FromYear"/>–<paramref name="Year"/>.</param>
/// <param name="Example">True when it is the plan's example figure, not one an Admin entered.</param>
public sealed record ProgrammeTargetLine(int FromYear, int Year, int Target, long Certified, bool Example)
{
    /// <summary>Certified ÷ target, or null for a zero target.</summary>
    public double? Share => Target > 0 ? Math.Round((double)Certified / Target, 4) : null;
}
