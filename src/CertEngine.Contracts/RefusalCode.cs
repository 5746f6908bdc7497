namespace CertEngine.Contracts;

/// <summary>
/// Every reason a grain gives for refusing a request. Values are stored and sent between silos by number: add new codes
/// at the end of their area's block, never renumber. Each has its words in the server's <c>Refusals.resx</c> (Chinese)
/// and <c>Refusals.en.resx</c> (English), with <c>{0}</c>, <c>{1}</c> … for its <see cref="Refusal.Args"/>.
/// </summary>
/// <remarks>The areas move from free-text refusals to codes one by one (issue 15 item 4): the theory attempt is first.</remarks>
[GenerateSerializer]
public enum RefusalCode
{
    /// <summary>A refusal whose words were not given (never sent by current grains).</summary>
    Unspecified = 0,

    // Theory attempt (100–199).

    /// <summary>The paper is already assembled from another setup.</summary>
    AttemptPaperAlreadyAssembled = 100,

    /// <summary>The setup's track key is malformed. Args: the key.</summary>
    AttemptMalformedTrackKey = 101,

    /// <summary>The track has no theory component. Args: the key.</summary>
    AttemptNoTheoryComponent = 102,

    /// <summary>No paper plan: the bank or its blueprint is not available.</summary>
    AttemptNoPaperPlan = 103,

    /// <summary>The paper is not assembled yet.</summary>
    AttemptNotAssembled = 104,

    /// <summary>The proctor did not confirm the candidate's identity.</summary>
    AttemptIdentityNotConfirmed = 105,

    /// <summary>The candidate has not checked in.</summary>
    AttemptNotCheckedIn = 106,

    /// <summary>Extra time must be a positive number of minutes.</summary>
    AttemptExtraTimeNotPositive = 107,

    /// <summary>Extra time would pass the ceiling. Args: ceiling, minutes granted, minutes still allowed.</summary>
    AttemptExtraTimeCeiling = 108,

    /// <summary>The attempt is already submitted.</summary>
    AttemptAlreadySubmitted = 109,

    /// <summary>Time is up.</summary>
    AttemptTimeUp = 110,

    /// <summary>The sitting is paused.</summary>
    AttemptPaused = 111,

    /// <summary>The exam has not started.</summary>
    AttemptNotStarted = 112,

    /// <summary>No question has that number.</summary>
    AttemptNoSuchQuestion = 113,

    /// <summary>The answer does not fit the question.</summary>
    AttemptAnswerDoesNotFit = 114,

    /// <summary>The exam is not running, so it cannot be handed in.</summary>
    AttemptNotRunning = 115,

    /// <summary>Too early to hand in. Args: the minutes after the start before which no hand-in is allowed.</summary>
    AttemptHandInTooEarly = 116,

    // Practical and 综合评审 attempt (200–299).

    /// <summary>The tasks are already drawn from another setup.</summary>
    PracticalTasksAlreadyDrawn = 200,

    /// <summary>The track has no such component. Args: the track key.</summary>
    PracticalNoSuchComponent = 201,

    /// <summary>The bank has no practical blueprint for the level.</summary>
    PracticalNoPracticalBlueprint = 202,

    /// <summary>The tasks are not drawn yet.</summary>
    PracticalTasksNotDrawn = 203,

    /// <summary>A score sheet is already signed: the assessors can no longer change.</summary>
    PracticalAssessorsFixedBySignedSheet = 204,

    /// <summary>The assessor is not assigned to this candidate.</summary>
    PracticalNotAssigned = 205,

    /// <summary>The candidate has no such task. Args: the task id.</summary>
    PracticalNoSuchTask = 206,

    /// <summary>The assessor's sheet is already signed.</summary>
    PracticalSheetAlreadySigned = 207,

    /// <summary>The task already has all its sheets. Args: the number of sheets.</summary>
    PracticalTaskFullySheeted = 208,

    /// <summary>The sheet names no assessor.</summary>
    PracticalSheetNamesNoAssessor = 209,

    /// <summary>A task without rubric takes one total. Args: the total's key.</summary>
    PracticalSheetSingleTotalOnly = 210,

    /// <summary>A criterion is not scored. Args: criterion id, criterion name.</summary>
    PracticalCriterionNotScored = 211,

    /// <summary>The sheet scores an unknown criterion. Args: criterion id.</summary>
    PracticalCriterionUnknown = 212,

    /// <summary>An award is out of range. Args: criterion id, award, maximum.</summary>
    PracticalCriterionOutOfRange = 213,

    /// <summary>The rubric takes whole points only. Args: criterion id, award.</summary>
    PracticalCriterionWholePointsOnly = 214,

    /// <summary>An award is off the rubric's step. Args: criterion id, award, step.</summary>
    PracticalCriterionOffStep = 215,

    /// <summary>A veto index names no 否决项. Args: the index, the number of 否决项.</summary>
    PracticalVetoOutOfRange = 216,

    /// <summary>A veto index is given twice. Args: the index.</summary>
    PracticalVetoRepeated = 217,

    /// <summary>Only the chief assessor adjudicates.</summary>
    PracticalOnlyChiefAdjudicates = 218,

    /// <summary>An adjudication needs a reason.</summary>
    PracticalAdjudicationNeedsReason = 219,

    /// <summary>The task is not held for adjudication.</summary>
    PracticalNotHeldForAdjudication = 220,

    /// <summary>The decided score is out of range. Args: the task's points.</summary>
    PracticalAdjudicationOutOfRange = 221,
}
