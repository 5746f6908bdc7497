namespace CertEngine.Server.Web.Security;

/// <summary>
/// Endpoint metadata (an attribute on a page model, or <c>.WithMetadata(…)</c> on an endpoint) choosing a
/// Content-Security-Policy other than <see cref="ContentSecurityPolicies.Pages"/>, one of <see cref="ContentSecurityPolicies"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContentSecurityPolicyAttribute(string policy) : Attribute
{
    /// <summary>The header value.</summary>
    public string Policy { get; } = policy;
}
