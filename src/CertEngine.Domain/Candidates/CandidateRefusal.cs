namespace CertEngine.Domain.Candidates;

/// <summary>Why a candidate record refuses a request. Nothing changed.</summary>
public enum CandidateRefusal
{
    /// <summary>The ID number's check character is wrong.</summary>
    IdCheckCharacter,

    /// <summary>The birth date in the ID number is not a real date.</summary>
    IdBirthDate,

    /// <summary>The birth date in the ID number lies in the future.</summary>
    IdBirthDateInFuture,

    /// <summary>The ID number is not 17 digits and a digit or X.</summary>
    IdMalformed,

    /// <summary>The ID number does not match this candidate record.</summary>
    IdMismatch,

    /// <summary>The name is required.</summary>
    NameRequired,

    /// <summary>The candidate is not registered.</summary>
    NotRegistered,

    /// <summary>The admission ticket is not on this sitting.</summary>
    TicketNotOnSitting,

    /// <summary>The name is longer than the limit or holds control characters.</summary>
    NameInvalid,

    /// <summary>The phone number is neither a mainland mobile number nor a landline with its area code.</summary>
    PhoneInvalid,

    /// <summary>The county is longer than the limit or holds control characters.</summary>
    CountyInvalid,

    /// <summary>Too many tags, or a tag too long or holding a separator or control character.</summary>
    TagsInvalid,
}
