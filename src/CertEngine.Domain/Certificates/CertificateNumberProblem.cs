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
