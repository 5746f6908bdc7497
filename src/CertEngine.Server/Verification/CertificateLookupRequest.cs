using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Verification;

/// <summary>A manual lookup without the QR: the certificate number and the holder's full name, both required.</summary>
public sealed record CertificateLookupRequest(
    [property: Required, StringLength(40, MinimumLength = 6)] string Number,
    [property: Required, StringLength(50, MinimumLength = 1)] string Name);
