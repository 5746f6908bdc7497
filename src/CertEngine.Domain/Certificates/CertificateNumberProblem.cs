namespace CertEngine.Domain.Certificates;

/// <summary>
/// One way a certificate number fails validation: which check, with the value found in the number and the value the
/// registration, issue date or level expects. The words a person reads are made where the problem is shown.
/// </summary>
/// <param name="Fault">Which check failed.</param>
/// <param name="Found">What the number holds there (the whole number for <see cref="CertificateNumberFault.Shape"/>), or null.</param>
/// <param name="Expected">What it should hold (the format for <see cref="CertificateNumberFault.Shape"/>), or null.</param>
/// <param name="Segment">For a configured format, the <c>{token}</c> that differs; otherwise null.</param>
public sealed record CertificateNumberProblem(CertificateNumberFault Fault, string? Found = null, string? Expected = null, string? Segment = null)
{
    /// <summary>The validation step of RULES.md §9 the fault belongs to.</summary>
    public CertificateNumberRule Rule => Fault switch
    {
        CertificateNumberFault.Shape => CertificateNumberRule.Format,
        CertificateNumberFault.Year => CertificateNumberRule.Year,
        CertificateNumberFault.LevelMissing or CertificateNumberFault.LevelDigit or CertificateNumberFault.LevelNotOfOccupation
            or CertificateNumberFault.LevelOnSpecialty => CertificateNumberRule.Level,
        _ => CertificateNumberRule.Issuer,
    };

    /// <summary>Formats as <c>[Rule] Fault: found (expected …)</c>, for logs and tests.</summary>
    public override string ToString() =>
        $"[{Rule}] {Fault}{(Segment is null ? "" : " {" + Segment + "}")}: {Found ?? "-"} (expected {Expected ?? "-"})";
}

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
