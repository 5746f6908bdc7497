namespace CertEngine.Domain.Programmes;

/// <summary>Why a programme target is refused (codes 975–989 at the web edge).</summary>
public enum ProgrammeRefusal
{
    /// <summary>No programme has that id. Args: the id.</summary>
    UnknownProgramme,

    /// <summary>The years are outside the range or reversed. Args: first, last year accepted.</summary>
    YearsOutOfRange,

    /// <summary>The count is negative or too large. Args: the largest count.</summary>
    TargetOutOfRange,
}
