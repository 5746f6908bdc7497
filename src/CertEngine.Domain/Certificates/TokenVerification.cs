namespace CertEngine.Domain.Certificates;

/// <summary>The outcome of verifying a certificate token (the QR code's or the page's signed view).</summary>
public abstract record TokenVerification
{
    private TokenVerification()
    {
    }

    /// <summary>The signature holds under the named key; the view is what the issuer signed.</summary>
    public sealed record Valid(PublicCertificateView View, string Kid) : TokenVerification;

    /// <summary>Well formed, but not signed by a known key: a changed byte, an unknown kid, another algorithm.</summary>
    public sealed record Forged(string Reason) : TokenVerification;

    /// <summary>Not a token of this engine's form at all.</summary>
    public sealed record Malformed(string Reason) : TokenVerification;
}
