namespace CertEngine.Server.Features.Banks;

/// <summary>What changed from one version of a bank to another (<c>bank diff</c>), with counts.</summary>
/// <param name="BankCode">The occupation code.</param>
/// <param name="From">The earlier version (0 for none).</param>
/// <param name="To">The later version (0 for the draft).</param>
/// <param name="Added">Items and tasks added.</param>
/// <param name="Removed">Items and tasks removed.</param>
/// <param name="Changed">Items, tasks and parts changed.</param>
/// <param name="Changes">Every change, parts first, then items and tasks by id.</param>
public sealed record BankDiffReport(string BankCode, int From, int To, int Added, int Removed, int Changed, IReadOnlyList<BankChangeLine> Changes)
{
    /// <summary>The report of a list of changes.</summary>
    public static BankDiffReport Of(string bankCode, int from, int to, IReadOnlyList<BankChangeLine> changes) => new(bankCode, from, to,
        changes.Count(c => c.Kind == "added"), changes.Count(c => c.Kind == "removed"), changes.Count(c => c.Kind == "changed"), changes);
}
