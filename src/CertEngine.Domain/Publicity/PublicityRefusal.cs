namespace CertEngine.Domain.Publicity;

/// <summary>Why a 公示 step is refused, or why a certificate waits for 公示 (codes 900–929).</summary>
public enum PublicityRefusal
{
    /// <summary>The candidate's passing results have not been published for objection yet.</summary>
    NotPublished,

    /// <summary>The 公示 period is still running. Args: the 公示 id, its last day (yyyy-MM-dd).</summary>
    PeriodRunning,

    /// <summary>An objection to the candidate's results is open. Args: the 公示 id.</summary>
    ObjectionOpen,

    /// <summary>The working-day calendar has no data for the year. Args: the year.</summary>
    CalendarNotCovered,

    /// <summary>The track has 公示 turned off. Args: the track.</summary>
    TrackOff,

    /// <summary>There are no complete results to publish.</summary>
    NothingToPublish,

    /// <summary>The sitting's results were already published. Args: the 公示 id.</summary>
    AlreadyPublished,

    /// <summary>The sitting is not closed yet.</summary>
    SittingNotClosed,

    /// <summary>The 公示 period has ended; objections are no longer taken. Args: its last day.</summary>
    PeriodOver,

    /// <summary>No such objection.</summary>
    NoSuchObjection,

    /// <summary>The objection is closed already.</summary>
    ObjectionClosed,

    /// <summary>An objection is closed only after it has been answered.</summary>
    AnswerFirst,

    /// <summary>Too many objections from this address; try later.</summary>
    TooManyObjections,

    /// <summary>Some checked-in candidates have no result yet. Args: how many.</summary>
    ResultsIncomplete,

    /// <summary>More candidates than one notice holds. Args: the most.</summary>
    TooManyLines,

    /// <summary>A sitting of the batch is not closed yet. Args: the sitting.</summary>
    BatchSittingNotClosed,

    /// <summary>Some checked-in candidates of a batch's sitting have no result yet. Args: the sitting, how many.</summary>
    BatchResultsIncomplete,
}
