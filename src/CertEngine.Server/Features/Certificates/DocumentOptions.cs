using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Certificates;

/// <summary>
/// Certificate documents from the running server (section <c>CertEngine:Documents</c>): the Chromium PDFs are printed
/// with, how many run at once, how many batches may wait for one, and the most certificates one ZIP holds.
/// </summary>
public sealed class DocumentOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CertEngine:Documents";

    /// <summary>The installed Chromium (default <c>/usr/bin/chromium</c>); without it, certificates are HTML only.</summary>
    [Required]
    public string Chromium { get; set; } = Cli.CertificatesCommand.DefaultChromium;

    /// <summary>Browsers printing at once, one per batch (default 2).</summary>
    [Range(1, 8)]
    public int PrintConcurrency { get; set; } = 2;

    /// <summary>Batches that may wait for a browser; a further one is answered 503 (default 4).</summary>
    [Range(0, 64)]
    public int PrintQueue { get; set; } = 4;

    /// <summary>The most certificates one ZIP holds (default 300).</summary>
    [Range(1, 5_000)]
    public int MaxBatch { get; set; } = 300;
}
