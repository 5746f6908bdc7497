namespace CertEngine.Domain.Raters;

/// <summary>How consistently a task's panels score it: the one-way random-effects intraclass correlation ICC(1).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Panels">Panels (candidates' tasks) with two or more sheets.</param>
/// <param name="Sheets">Sheets in those panels.</param>
/// <param name="Icc">ICC(1) with unequal panel sizes (k₀); null when it is undefined (under two panels, no spread at all).</param>
public sealed record TaskReliability(string TaskId, int Panels, int Sheets, double? Icc);
