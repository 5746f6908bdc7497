namespace CertEngine.Domain.Practical;

/// <summary>
/// Why a practical (操作技能) or 综合评审 attempt refuses a request, or why a score sheet does not fit its task's rubric.
/// A refused request changed nothing.
/// </summary>
public enum PracticalRefusal
{
    /// <summary>The tasks are already drawn from another setup; they cannot be replaced.</summary>
    TasksAlreadyDrawn,

    /// <summary>The track has no such component (or its bank is not available). Args: the track key.</summary>
    NoSuchComponent,

    /// <summary>The bank has no practical blueprint for the track's level and 工种.</summary>
    NoPracticalBlueprint,

    /// <summary>The tasks are not drawn yet.</summary>
    TasksNotDrawn,

    /// <summary>A score sheet is already signed, so the assessors can no longer change.</summary>
    AssessorsFixedBySignedSheet,

    /// <summary>The assessor is not assigned to this candidate.</summary>
    NotAssigned,

    /// <summary>The candidate has no such task. Args: the task id.</summary>
    NoSuchTask,

    /// <summary>The assessor's sheet for this task is already signed; a signed sheet is final.</summary>
    SheetAlreadySigned,

    /// <summary>The task already has every sheet the policy asks for. Args: the number of sheets in.</summary>
    TaskFullySheeted,

    /// <summary>The sheet names no assessor.</summary>
    SheetNamesNoAssessor,

    /// <summary>A task without rubric takes one total and nothing else. Args: the key of that total.</summary>
    SheetSingleTotalOnly,

    /// <summary>A rubric criterion is not scored. Args: the criterion id, its name.</summary>
    CriterionNotScored,

    /// <summary>The sheet scores a criterion the rubric does not have. Args: the criterion id.</summary>
    CriterionUnknown,

    /// <summary>An award lies outside 0 to the criterion's maximum. Args: the criterion id, the award, the maximum.</summary>
    CriterionOutOfRange,

    /// <summary>The rubric takes whole points only. Args: the criterion id, the award.</summary>
    CriterionWholePointsOnly,

    /// <summary>An award is not a whole multiple of the rubric's step. Args: the criterion id, the award, the step.</summary>
    CriterionOffStep,

    /// <summary>A veto index names no 否决项 of the task. Args: the index, the number of 否决项.</summary>
    VetoOutOfRange,

    /// <summary>A veto index is given twice. Args: the index.</summary>
    VetoRepeated,

    /// <summary>Only the chief assessor (考评组长) adjudicates.</summary>
    OnlyChiefAdjudicates,

    /// <summary>An adjudication needs a reason.</summary>
    AdjudicationNeedsReason,

    /// <summary>The task is not held for adjudication.</summary>
    NotHeldForAdjudication,

    /// <summary>The decided score lies outside 0 to the task's points. Args: the task's points.</summary>
    AdjudicationOutOfRange,
}
