namespace CertEngine.Server.Web.Security;

/// <summary>The Content-Security-Policy values the server sends; <see cref="Pages"/> unless an endpoint asks for another.</summary>
public static class ContentSecurityPolicies
{
    /// <summary>
    /// Every page and answer: scripts and styles only from files of this server (no inline script, style element or
    /// style attribute, no <c>javascript:</c> link), images from here or <c>data:</c>, nothing from other origins, no
    /// plug-ins, no framing, forms post only here.
    /// </summary>
    public const string Pages =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        + "frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// Documents rendered from the operator's Scriban templates (admission tickets): their styles are inline
    /// <c>&lt;style&gt;</c> elements the operator may edit, so inline style is allowed; no script runs at all, and nothing
    /// is loaded from elsewhere (images from here or <c>data:</c>), so an injected style can neither run code nor send
    /// anything to another site.
    /// </summary>
    public const string Document =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    /// <summary>
    /// The API reference at <c>/scalar</c> (Scalar.AspNetCore): its page starts with an inline module script built from
    /// the options, and the reference adds style elements as it renders. Everything still comes from this server.
    /// </summary>
    public const string ApiReference =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// The Orleans Dashboard at <c>/admin/orleans</c> (Admins only; Microsoft.Orleans.Dashboard): a module script and
    /// a stylesheet of its own, but its charts and layout set style attributes as they render, and its icons are fonts.
    /// Scripts still come only from this server's files, nothing from other origins; only under that path.
    /// </summary>
    public const string OrleansDashboard =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
}
