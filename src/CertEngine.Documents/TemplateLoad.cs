namespace CertEngine.Documents;

/// <summary>The outcome of reading the templates folder.</summary>
public abstract record TemplateLoad
{
    private TemplateLoad()
    {
    }

    /// <summary>Every template parsed and rendered a sample without error.</summary>
    public sealed record Loaded(CertificateRenderer Renderer) : TemplateLoad;

    /// <summary>At least one template is missing or wrong; each problem reads <c>file:line:column: message</c>.</summary>
    public sealed record Failed(IReadOnlyList<string> Problems) : TemplateLoad;
}
