namespace CertEngine.Domain.Tracks;

/// <summary>
/// Why one requirement of an eligibility condition (申报条件) is not met. The args each reason carries are listed with it,
/// as invariant text; levels travel as <c>Level5</c> and school kinds as their enum names (<c>TechnicalSchool</c>), so the web puts them into words.
/// </summary>
public enum EligibilityRefusal
{
    /// <summary>Less work than required. Args: years required, years counted, days counted beyond them.</summary>
    WorkYearsShort,

    /// <summary>No work in this or a related occupation. Args: the occupations that count, separated by ", ".</summary>
    NoWorkExperience,

    /// <summary>No completed apprenticeship.</summary>
    NoApprenticeship,

    /// <summary>No certificate of the occupation at the level. Args: occupation code, level (<c>Level5</c>).</summary>
    NoPriorCertificate,

    /// <summary>A certificate number in no accepted format. Args: the number, the accepted formats' names separated by ", ".</summary>
    CertificateNumberUnrecognised,

    /// <summary>A certificate number whose level digit is another level. Args: the number, its digit, the level claimed (<c>Level5</c>).</summary>
    CertificateLevelMismatch,

    /// <summary>The certificate is too recent. Args: level (<c>Level5</c>), issue date, years required, the date they are reached.</summary>
    PriorCertificateTooRecent,

    /// <summary>No graduation from the schools. Args: the school kinds, comma-separated.</summary>
    NoGraduation,

    /// <summary>The graduation is not in this or a related major. Args: the school kinds, comma-separated.</summary>
    GraduationMajorUnrelated,

    /// <summary>The graduation falls after the latest date that counts. Args: the school kinds, comma-separated; the date.</summary>
    GraduationTooLate,

    /// <summary>Too few training hours. Args: hours required, hours counted.</summary>
    TrainingHoursShort,

    /// <summary>Under the working age. Args: the age, the date it is reached.</summary>
    UnderWorkingAge,
}
