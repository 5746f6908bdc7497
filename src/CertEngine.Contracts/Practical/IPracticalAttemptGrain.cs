using CertEngine.Contracts.Attempts;

namespace CertEngine.Contracts.Practical;

/// <summary>
/// One candidate's practical (操作技能) or 综合评审 attempt in one sitting. Key: <c>{sessionId}/{ID number}</c>.
/// Assessors score blind, only candidates assigned to them; the chief adjudicates.
/// </summary>
public interface IPracticalAttemptGrain : IGrainWithStringKey
{
    /// <summary>Draws the tasks from the seed and station and records the assessors; idempotent.</summary>
    Task<CommandReply> PrepareAsync(AttemptSetup setup);

    /// <summary>
    /// Gives the candidate another 考评小组 and chief after a staff change before the start; refused once any sheet is
    /// signed, so no mark ever changes hands.
    /// </summary>
    Task<CommandReply> ReassignAsync(IReadOnlyList<string> assessors, string? chiefAssessor);

    /// <summary>The assessor's blind view, or a refusal when they are not assigned to this candidate.</summary>
    Task<AssessorView?> GetAssessorViewAsync(string assessorId);

    /// <summary>Signs one assessor's sheet for one task. A signed sheet is final; a second one is refused.</summary>
    Task<CommandReply> SubmitSheetAsync(string assessorId, string taskId, ScoreSheet sheet);

    /// <summary>The chief's decision on a task held for adjudication, with a reason.</summary>
    Task<CommandReply> AdjudicateAsync(string chiefId, string taskId, decimal score, string reason);

    /// <summary>成绩无效: the part's result is void from now on (recorded void when it is complete, or again if it already is).</summary>
    Task VoidResultAsync(string actor);

    /// <summary>Every task's state and the part score once final.</summary>
    Task<PracticalStatus?> GetStatusAsync();

    /// <summary>
    /// The tasks now held for adjudication, each with every signed sheet side by side; empty unless
    /// <paramref name="chiefId"/> is this attempt's chief assessor (考评组长).
    /// </summary>
    Task<IReadOnlyList<AdjudicationCase>> GetAdjudicationCasesAsync(string chiefId);
}
