namespace CertEngine.Server.Features.Certificates;

/// <summary>How a certificate is downloaded.</summary>
public enum DocumentFormat
{
    /// <summary>The printable page, QR inlined as SVG.</summary>
    Html,

    /// <summary>The same page printed by Chromium.</summary>
    Pdf,
}
