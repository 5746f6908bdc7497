namespace CertEngine.Domain.Certificates;

/// <summary>The outcome of verifying a certificate token (the QR code's or the page's signed view).</summary>
public abstract record TokenVerification
{
    private TokenVerification()
    {
    }

    /// <summary>
    /// The signature holds under the named key; <paramref name="Signed"/> is what the issuer signed: a
    /// <see cref="CertificateClaims"/> (version 3) or a <see cref="PublicCertificateView"/> (version 2).
    /// </summary>
    public sealed record Valid(SignedCertificate Signed, string Kid) : TokenVerification;

    /// <summary>Well formed, but not signed by a known key: a changed byte, an unknown kid, another algorithm.</summary>
    public sealed record Forged(string Reason) : TokenVerification;

    /// <summary>Not a token of this engine's form at all.</summary>
    public sealed record Malformed(string Reason) : TokenVerification;
}
