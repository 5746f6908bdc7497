using CertEngine.Domain.Certificates;

namespace CertEngine.Server.Features.Verification;

/// <summary>A JSON Web Key Set (RFC 7517 §5): <c>{"keys":[…]}</c>.</summary>
public sealed record JsonWebKeySetResponse(IReadOnlyList<Jwk> Keys);
