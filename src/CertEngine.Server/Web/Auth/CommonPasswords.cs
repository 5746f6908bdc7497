namespace CertEngine.Server.Web.Auth;

/// <summary>The list of passwords attackers try first, shipped inside the program (<c>Web/Auth/Data/common-passwords.txt</c>).</summary>
public static class CommonPasswords
{
    /// <summary>The resource name of the list.</summary>
    public const string ResourceName = "CertEngine.Server.common-passwords.txt";

    /// <summary>Reads the list's lines (comments and blank lines are skipped by <see cref="Domain.Accounts.PasswordPolicy"/>).</summary>
    public static IReadOnlyList<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
