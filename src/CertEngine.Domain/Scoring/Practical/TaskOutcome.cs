namespace CertEngine.Domain.Scoring;

/// <summary>Where one candidate's practical task (or 综合评审 panel) stands after combining the assessors' sheets.</summary>
public abstract record TaskOutcome
{
    private TaskOutcome()
    {
    }

    /// <summary>Fewer sheets are in than the policy's number of assessors; nothing is combined yet.</summary>
    /// <param name="SheetsIn">Sheets received so far (≥ 0).</param>
    /// <param name="SheetsNeeded">The policy's number of assessors.</param>
    public sealed record Awaiting(int SheetsIn, int SheetsNeeded) : TaskOutcome;

    /// <summary>
    /// The 考评组长 (chief) must decide: the spread of the totals is above the policy's threshold, or a 否决项 was seen
    /// by some assessors but not by more than half of them.
    /// </summary>
    /// <param name="Spread">Max − min of the sheet totals, on the task's scale, unrounded.</param>
    /// <param name="Totals">The sheet totals in the order the sheets were given.</param>
    public sealed record NeedsAdjudication(decimal Spread, IReadOnlyList<decimal> Totals) : TaskOutcome;

    /// <summary>The task score, on the task's own scale, rounded to 2 decimals (half away from zero).</summary>
    /// <param name="Vetoed">True when a 否决项 seen by more than half of the assessors zeroed the task.</param>
    /// <param name="FailsComponent">True when that veto's effect is <see cref="VetoEffect.ComponentFails"/>.</param>
    public sealed record Scored(decimal Score, bool Vetoed, bool FailsComponent) : TaskOutcome;

    /// <summary>The score the chief recorded, rounded to 2 decimals (half away from zero), with the reason.</summary>
    public sealed record Adjudicated(decimal Score, string Reason) : TaskOutcome;
}
