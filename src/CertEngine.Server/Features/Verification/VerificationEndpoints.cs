using CertEngine.Contracts.Security;
using CertEngine.Grains.Certificates;
using CertEngine.Server.Web.SecurityEvents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CertEngine.Server.Features.Verification;

/// <summary>
/// The public certificate endpoints (DESIGN.md contract): <c>GET /api/certificates/{number}/verify?t=</c>,
/// <c>POST /api/certificates/lookup</c>, <c>GET /api/certificates/{number}/credential?t=</c> and
/// <c>GET /.well-known/jwks.json</c>. Anonymous; all but the JWKS are rate-limited per client.
/// </summary>
public static class VerificationEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapVerificationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/certificates").WithTags("Certificates").RequireRateLimiting(VerificationRateLimitPolicy.Name);
        api.MapGet("/{number}/verify", VerifyAsync).WithName("VerifyCertificate")
            .WithSummary("核验证书二维码令牌 (verify a certificate's QR token)");
        api.MapPost("/lookup", LookupAsync).WithName("LookUpCertificate")
            .WithSummary("按证书编号和持证人证件号码查询 (look a certificate up by number and the holder's ID number)");
        api.MapGet("/{number}/credential", CredentialAsync).WithName("CertificateCredential")
            .WithSummary("导出 Open Badges 3.0 可验证凭证 (export as an Open Badges 3.0 verifiable credential, VC-JWT)");
        app.MapGet("/.well-known/jwks.json", Jwks).WithTags("Certificates").WithName("CertificateKeys")
            .WithSummary("证书签名公钥 (the certificate signing public keys, JWKS)");
        return app;
    }

    /// <summary>The status of the certificate the token certifies.</summary>
    public static async Task<Results<Ok<VerificationResponse>, ValidationProblem>> VerifyAsync(string number, string? t, CertificateVerifier verifier, HttpContext http)
    {
        if (!CertificateVerifier.IsPlausibleNumber(number))
        {
            return NumberProblem();
        }

        if (string.IsNullOrWhiteSpace(t))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["t"] = ["缺少证书二维码中的令牌 t (the token t from the certificate's QR code is missing)"],
            });
        }

        return TypedResults.Ok(Recorded(http, number, await verifier.VerifyAsync(number, t)));
    }

    /// <summary>Records a forged or altered token as a security event (the answer stays the same).</summary>
    public static VerificationResponse Recorded(HttpContext http, string number, VerificationResponse response)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status == VerificationStatus.Forged)
        {
            http.RecordSecurityEvent(SecurityEventKind.CertificateForged, "certificate/" + number, "");
        }

        return response;
    }

    /// <summary>The status and masked fields when both the number and the full ID number match; otherwise <c>not_found</c>.</summary>
    public static async Task<Results<Ok<VerificationResponse>, ValidationProblem>> LookupAsync(CertificateLookupRequest request, CertificateVerifier verifier)
    {
        if (!CertificateVerifier.IsPlausibleNumber(request.Number?.Trim()))
        {
            return NumberProblem();
        }

        if (!CertificateVerifier.IsPlausibleIdNumber(request.IdNumber?.Trim()))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["idNumber"] = ["请填写证书上持证人的完整证件号码（18位） (the holder's full 18-character ID number, as on the certificate, is required)"],
            });
        }

        return TypedResults.Ok(await verifier.LookupAsync(request.Number!.Trim(), request.IdNumber!.Trim()));
    }

    /// <summary>The certificate as an Open Badges 3.0 credential and its VC-JWT; needs the certificate's genuine QR token.</summary>
    public static async Task<Results<Ok<CredentialResponse>, ValidationProblem, ProblemHttpResult>> CredentialAsync(
        string number, string? t, CertificateVerifier verifier, CertificateCredential credentials)
    {
        if (!CertificateVerifier.IsPlausibleNumber(number) || string.IsNullOrWhiteSpace(t))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["t"] = ["需要证书编号和证书二维码中的令牌 t (the number and the token t from the certificate's QR code are required)"],
            });
        }

        if (await verifier.GenuineAsync(number, t) is not var (certificate, signed))
        {
            return TypedResults.Problem("没有与该令牌相符的证书 (no certificate matches this token)", statusCode: StatusCodes.Status404NotFound);
        }

        if (certificate.Status != "valid")
        {
            return TypedResults.Problem("证书已暂停、撤销或换发，不能导出 (a suspended, revoked or replaced certificate is not exported)",
                statusCode: StatusCodes.Status409Conflict);
        }

        var (credential, jwt) = credentials.Issue(certificate, signed.IdDigest.Salt);
        return TypedResults.Ok(new CredentialResponse("vc-jwt", credential, jwt));
    }

    /// <summary>Every certificate-signing public key, current and retired, as a JWKS.</summary>
    public static Ok<JsonWebKeySetResponse> Jwks(ICertificateKeyRing keys, JsonWebKeySetCache sets, HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(sets.For(keys.PublicKeys));
    }

    private static ValidationProblem NumberProblem() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["number"] = ["证书编号应为 6–40 位大写字母或数字 (a certificate number is 6–40 upper-case letters and digits)"],
    });
}
