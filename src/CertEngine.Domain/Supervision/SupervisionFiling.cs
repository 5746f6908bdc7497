namespace CertEngine.Domain.Supervision;

/// <summary>
/// What a supervisor files for one sitting: the checklist answers, overall notes, whether it is signed (签字确认: final),
/// and for a correction the id of the signed record it corrects.
/// </summary>
/// <param name="Entries">One entry per answered or noted item (items not listed are not answered).</param>
/// <param name="Notes">Overall notes.</param>
/// <param name="Sign">Whether the supervisor signs it now.</param>
/// <param name="Corrects">The signed record this one corrects, or null.</param>
public sealed record SupervisionFiling(IReadOnlyList<SupervisionEntry> Entries, string Notes, bool Sign, string? Corrects);
