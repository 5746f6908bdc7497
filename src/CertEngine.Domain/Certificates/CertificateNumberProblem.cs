namespace CertEngine.Domain.Certificates;

/// <summary>One way a certificate number fails validation.</summary>
/// <param name="Message">In Chinese, with English.</param>
public sealed record CertificateNumberProblem(CertificateNumberRule Rule, string Message)
{
    /// <summary>Formats as <c>[Rule] message</c>.</summary>
    public override string ToString() => $"[{Rule}] {Message}";
}
