namespace CertEngine.Domain.Supervision;

/// <summary>Why a supervision record (督导记录) is refused, or why a sitting's results wait for one (codes 1020–1049).</summary>
public enum SupervisionRefusal
{
    /// <summary>The checklist has no such item. Args: the item id.</summary>
    UnknownItem,

    /// <summary>An item is answered twice. Args: the item id.</summary>
    DuplicateItem,

    /// <summary>Signing needs every item answered. Args: the item id left open.</summary>
    ItemUnanswered,

    /// <summary>An item answered 不符合 needs a note saying what was wrong. Args: the item id.</summary>
    NonConformingNeedsNote,

    /// <summary>A note is too long. Args: the most characters.</summary>
    NoteTooLong,

    /// <summary>A record is signed only once the sitting is closed.</summary>
    SittingNotClosed,

    /// <summary>The sitting's record is signed, so it is final: a later filing is a signed correction that names it. Args: the signed record's id.</summary>
    AlreadySigned,

    /// <summary>A correction must name the sitting's current signed record. Args: the id named.</summary>
    CorrectsNotCurrent,

    /// <summary>A correction is signed when it is filed (a signed record is never followed by a draft).</summary>
    CorrectionUnsigned,

    /// <summary>The sitting was cancelled: there is nothing to supervise.</summary>
    SittingCancelled,

    /// <summary>The sitting holds the most records it may. Args: the most.</summary>
    TooManyRecords,

    /// <summary>逢考必督: the sitting's supervision record is not signed yet, so its results wait. Args: the sitting id.</summary>
    Unsigned,
}
