namespace CertEngine.Domain.Tracks;

/// <summary>
/// Why a piece of eligibility evidence (申报材料) or a step of its review (资格审核) is refused. Args are listed with each,
/// as invariant text (dates <c>yyyy-MM-dd</c>).
/// </summary>
public enum EvidenceRefusal
{
    /// <summary>A date lies in the future. Args: the date, today.</summary>
    DateInFuture,

    /// <summary>A period ends on or before the day it starts. Args: start, end.</summary>
    EndNotAfterStart,

    /// <summary>A date lies before the candidate was born. Args: the date, the birth date.</summary>
    BeforeBirth,

    /// <summary>The occupation (name or 大典 code) is missing. Args: the most characters allowed.</summary>
    OccupationRequired,

    /// <summary>A certificate's level is out of range. Args: the lowest digit, the highest digit.</summary>
    LevelOutOfRange,

    /// <summary>A certificate number is missing or not letters and digits. Args: the most characters allowed.</summary>
    NumberMalformed,

    /// <summary>Training hours out of range. Args: the most hours allowed.</summary>
    HoursOutOfRange,

    /// <summary>An expected graduation more than a year ahead (only a final-year student's counts). Args: the latest date.</summary>
    GraduationTooFarAhead,

    /// <summary>The evidence kind is not one of work, apprenticeship, certificate, graduation, training. Args: the kind.</summary>
    UnknownKind,

    /// <summary>The school kind is not known. Args: the school kind given.</summary>
    UnknownSchool,

    /// <summary>The candidate has the most evidence items allowed. Args: the limit.</summary>
    TooMany,

    /// <summary>No evidence item has that id. Args: the id.</summary>
    NoSuchEvidence,

    /// <summary>No application to this track awaits review. Args: the track key.</summary>
    NoApplication,

    /// <summary>The application was rejected and the evidence has not changed since: change or add evidence first.</summary>
    ResubmitNeedsNewEvidence,

    /// <summary>A rejection needs a reason (1–200 characters). Args: the most characters allowed.</summary>
    RejectNeedsReason,

    /// <summary>The candidate is not registered.</summary>
    NotRegistered,
}
