namespace CertEngine.Domain.Certificates;

/// <summary>The checks a certificate number can fail, grouped by <see cref="CertificateNumberRule"/>.</summary>
public enum CertificateNumberFault
{
    /// <summary>Step 1: not of the scheme's shape.</summary>
    Shape = 1,

    /// <summary>Step 2: position 1, the category (Y/S), differs from the registration.</summary>
    Category = 2,

    /// <summary>Step 2: positions 2–5, the body code, differ from the registration.</summary>
    BodyCode = 3,

    /// <summary>Step 2: body code 0000 on a number of an issuer not registered with a province.</summary>
    ProvincialBodyCodeOnly = 4,

    /// <summary>Step 2: positions 6–7, the province, differ from the registration.</summary>
    Province = 5,

    /// <summary>Step 2: positions 6–7 are not in the province table.</summary>
    UnknownProvince = 6,

    /// <summary>Step 2: positions 8–13, the station, differ from the registration.</summary>
    Station = 7,

    /// <summary>Step 2 for a configured format: an issuer segment differs (see <see cref="CertificateNumberProblem.Segment"/>).</summary>
    IssuerSegment = 8,

    /// <summary>Step 3: the year digits differ from the issue date's year mod 100.</summary>
    Year = 9,

    /// <summary>Step 4: a skill-level certificate given no level.</summary>
    LevelMissing = 10,

    /// <summary>Step 4: position 16 differs from the certified level.</summary>
    LevelDigit = 11,

    /// <summary>Step 4: the certified level is not one the occupation has.</summary>
    LevelNotOfOccupation = 12,

    /// <summary>Step 4: a level given for a 专项 certificate, which has none.</summary>
    LevelOnSpecialty = 13,
}
