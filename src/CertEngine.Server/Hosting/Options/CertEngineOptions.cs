using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Hosting.Options;

/// <summary>Server settings (section <c>CertEngine</c>); the command-line switches map onto them.</summary>
public sealed class CertEngineOptions
{
    public const string Section = "CertEngine";

    /// <summary>Where the embedded store keeps its files (<c>--data</c>).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The folder of question banks the server serves (<c>--banks</c>).</summary>
    [Required]
    public string BankRoot { get; set; } = "question-banks";

    /// <summary>The track data folder (settings and eligibility rule sets per occupation).</summary>
    [Required]
    public string TracksRoot { get; set; } = "tracks";

    /// <summary>The certificate data folder (the GB/T 2260 province table).</summary>
    [Required]
    public string CertificatesRoot { get; set; } = "certificates";

    /// <summary>Orleans silo-to-silo port (<c>--silo-port</c>).</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port (<c>--gateway-port</c>).</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Sign-in attempts (staff, candidates, setup) one client address may make per minute. Sized for a room: a centre's
    /// forty or more candidates often reach the server through one NAT address and sign in within the same minute, some
    /// mistyping twice; guessing is stopped per ticket and per account (<see cref="Web.Auth.SignInOptions"/>), not here.
    /// Loading the sign-in pages does not count.
    /// </summary>
    [Range(1, 100_000)]
    public int SignInPermitsPerMinute { get; set; } = 240;

    /// <summary>
    /// A PKCS #12 (.pfx) certificate whose key encrypts the stored Data Protection keys (<c>--key-certificate</c>); its
    /// password, if any, comes from <c>CertEngine:KeyCertificatePassword</c> (environment
    /// <c>CertEngine__KeyCertificatePassword</c>), never from the command line. Unset, the keys are stored unencrypted.
    /// </summary>
    public string? KeyCertificate { get; set; }

    /// <summary>The password of <see cref="KeyCertificate"/>; set it in the environment, not in a file of the repository.</summary>
    public string? KeyCertificatePassword { get; set; }

    /// <summary>The public address QR codes point at (<c>--public-base-url</c>); null means the server's own address.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}
