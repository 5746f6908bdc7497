namespace CertEngine.Domain.Attempts;

/// <summary>Why a theory attempt refuses a request. A refused request changed nothing.</summary>
public enum AttemptRefusal
{
    /// <summary>The paper is already assembled from another setup; it cannot be replaced.</summary>
    PaperAlreadyAssembled,

    /// <summary>The setup's track key is malformed. Args: the key.</summary>
    MalformedTrackKey,

    /// <summary>The track has no theory component. Args: the key.</summary>
    NoTheoryComponent,

    /// <summary>No paper plan: the bank or its blueprint is not available.</summary>
    NoPaperPlan,

    /// <summary>The paper is not assembled yet.</summary>
    NotAssembled,

    /// <summary>The proctor did not confirm the candidate's identity (人证合一).</summary>
    IdentityNotConfirmed,

    /// <summary>The candidate has not checked in.</summary>
    NotCheckedIn,

    /// <summary>Extra time must be a positive number of minutes.</summary>
    ExtraTimeNotPositive,

    /// <summary>Extra time would pass the ceiling. Args: the ceiling, the minutes granted so far, the minutes still allowed.</summary>
    ExtraTimeCeiling,

    /// <summary>The attempt is already submitted.</summary>
    AlreadySubmitted,

    /// <summary>Time is up.</summary>
    TimeUp,

    /// <summary>The sitting is paused.</summary>
    Paused,

    /// <summary>The exam has not started.</summary>
    NotStarted,

    /// <summary>No question has that number.</summary>
    NoSuchQuestion,

    /// <summary>The answer does not fit the question (two answers to a 单选, an unknown option).</summary>
    AnswerDoesNotFit,

    /// <summary>The exam is not running, so it cannot be handed in.</summary>
    NotRunning,

    /// <summary>Too early to hand in. Args: the minutes after the start before which no hand-in is allowed.</summary>
    HandInTooEarly,
}
