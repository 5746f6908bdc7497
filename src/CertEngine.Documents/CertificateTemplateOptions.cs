namespace CertEngine.Documents;

/// <summary>Where the Scriban templates of certificates, transcripts and admission tickets live (<c>--templates</c>).</summary>
public sealed class CertificateTemplateOptions
{
    /// <summary>The configuration section (the same as the server's own settings).</summary>
    public const string Section = "CertEngine";

    /// <summary>
    /// The templates folder (default <c>templates</c>). A relative path is read from the working directory when it is
    /// there, otherwise from the copy beside the program, so verbs started from anywhere find the shipped templates.
    /// </summary>
    public string TemplatesRoot { get; set; } = "templates";

    /// <summary>The folder a <see cref="TemplatesRoot"/> value names, by the rule above.</summary>
    public static string Resolve(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (Path.IsPathRooted(root) || Directory.Exists(root))
        {
            return Path.GetFullPath(root);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, root);
        return Directory.Exists(beside) ? beside : Path.GetFullPath(root);
    }
}
