namespace CertEngine.Server.Features.Certificates;

/// <summary>The outcome of <see cref="CertificateDocuments.ZipAsync"/>.</summary>
public abstract record CertificateZip
{
    private CertificateZip()
    {
    }

    /// <summary>The archive: one file per certificate and a list (<c>清单.txt</c>) of what is in it and what is not.</summary>
    public sealed record Made(byte[] Bytes, int Documents) : CertificateZip;

    /// <summary>PDFs were asked for and no Chromium could print them (<paramref name="Reason"/> in words, Chinese first).</summary>
    public sealed record NoPrinter(string Reason) : CertificateZip;

    /// <summary>Every printer is busy.</summary>
    public sealed record Busy : CertificateZip;
}
