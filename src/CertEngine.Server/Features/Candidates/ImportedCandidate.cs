namespace CertEngine.Server.Features.Candidates;

/// <summary>One row of an import as it found the candidate: new, or already registered (and what the row changed).</summary>
/// <param name="Row">The sheet row.</param>
/// <param name="Name">The name as imported.</param>
/// <param name="IdNumber">The ID number, masked.</param>
/// <param name="Status"><c>new</c>, <c>unchanged</c> or <c>changed</c>.</param>
/// <param name="Changes">The fields the row changed (<c>name</c>, <c>county</c>, <c>tags</c>), each as <c>field: before -> after</c>.</param>
/// <param name="Enrolment">
/// <c>enrolled</c> when the row enrolled the candidate, <c>already</c> when they were already enrolled on the row's track,
/// empty when the row names no track.
/// </param>
public sealed record ImportedCandidate(int Row, string Name, string IdNumber, string Status, IReadOnlyList<string> Changes, string Enrolment)
{
    /// <summary>The status of a candidate not registered before.</summary>
    public const string NewStatus = "new";

    /// <summary>The status of a registered candidate the row does not change.</summary>
    public const string UnchangedStatus = "unchanged";

    /// <summary>The status of a registered candidate whose profile the row changes.</summary>
    public const string ChangedStatus = "changed";
}
