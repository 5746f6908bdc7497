using System.Text.Json.Nodes;

namespace CertEngine.Server.Features.Verification;

/// <summary>An exported credential: the Open Badges 3.0 JSON and the same credential signed as a VC-JWT.</summary>
/// <param name="Format">Always <c>vc-jwt</c>.</param>
/// <param name="Credential">The unsigned credential, for reading.</param>
/// <param name="Jwt">The signed credential (what a wallet stores).</param>
public sealed record CredentialResponse(string Format, JsonObject Credential, string Jwt);
