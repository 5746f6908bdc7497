namespace CertEngine.Domain.Batches;

/// <summary>Why an admission ticket or an exam batch (批次) refuses a request. A refused request changed nothing.</summary>
public enum BatchRefusal
{
    /// <summary>The admission ticket is already bound to another candidate. Args: the ticket number.</summary>
    TicketHeldByAnother,

    /// <summary>The candidate already has another ticket in the batch (theory and practical keep one). Args: the seat, the batch's ticket.</summary>
    TicketNotTheCandidates,

    /// <summary>The ticket belongs to another candidate of the batch. Args: the ticket number.</summary>
    TicketOfAnotherInBatch,

    /// <summary>No batch has that id. Args: the id.</summary>
    Unknown,

    /// <summary>The batch is of another track. Args: the batch's name, its track.</summary>
    OtherTrack,

    /// <summary>The sitting is already in another batch; a sitting stays in the batch it was scheduled into. Args: that batch's id.</summary>
    SittingInOtherBatch,

    /// <summary>The name is missing, longer than the limit or holds control characters. Args: the most characters.</summary>
    NameInvalid,

    /// <summary>The track already has a batch of that name. Args: the name.</summary>
    NameTaken,

    /// <summary>The last day is before the first, or the batch spans more than the limit. Args: the most days.</summary>
    DatesInvalid,

    /// <summary>The centre (考点) is missing or longer than the limit. Args: the most characters.</summary>
    CentreInvalid,
}
