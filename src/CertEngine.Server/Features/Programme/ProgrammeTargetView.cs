namespace CertEngine.Server.Features.Programme;

/// <summary>A target as listed.</summary>
/// <param name="Programme">The programme id.</param>
/// <param name="FromYear">The first year counted.</param>
/// <param name="Year">The target's year.</param>
/// <param name="Count">The number to reach.</param>
/// <param name="Example">True for the plan's example (no target entered yet).</param>
/// <param name="EnteredBy">Who entered it, or empty for the example.</param>
public sealed record ProgrammeTargetView(string Programme, int FromYear, int Year, int Count, bool Example, string EnteredBy);
