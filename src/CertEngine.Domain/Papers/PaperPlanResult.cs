namespace CertEngine.Domain.Papers;

/// <summary>What <see cref="PaperPlan.Create"/> gave: a plan ready to assemble papers, or the reasons it cannot.</summary>
public abstract record PaperPlanResult
{
    private PaperPlanResult()
    {
    }

    /// <summary>Every paper of the blueprint can be drawn from the bank.</summary>
    public sealed record Ready(PaperPlan Plan) : PaperPlanResult;

    /// <summary>
    /// The blueprint cannot be met: not a theory blueprint, sections and cells disagree, a pool holds fewer items than
    /// one paper draws, or enemy items could leave a cell short. Each problem is one line naming the cell.
    /// </summary>
    public sealed record Refused(IReadOnlyList<string> Problems) : PaperPlanResult;
}
