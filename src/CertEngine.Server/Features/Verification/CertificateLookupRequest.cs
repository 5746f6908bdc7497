using System.ComponentModel.DataAnnotations;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// A manual lookup without the QR: the certificate number and the holder's full ID number (证件号码, 18 characters) as
/// printed on the certificate, both required. The name is not asked for: a name is easy to guess from a list of common
/// names, an ID number is not.
/// </summary>
/// <param name="Number">证书编号.</param>
/// <param name="IdNumber">证件号码, all 18 characters; a final x may be lower-case.</param>
public sealed record CertificateLookupRequest(
    [property: Required, StringLength(40, MinimumLength = 6)] string Number,
    [property: Required, StringLength(18, MinimumLength = 18)] string IdNumber);
