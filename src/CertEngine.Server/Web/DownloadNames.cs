namespace CertEngine.Server.Web;

/// <summary>
/// File names for downloads made from keys and titles (a track key <c>4-10-01-06/家务服务员/5</c>, a batch title): the
/// words kept as they are, Chinese included, and only what no file system takes (slashes, colons, quotes, control
/// characters …) turned into dashes. Given to <c>TypedResults.File</c>, the name goes out as an RFC 6266
/// <c>Content-Disposition</c> with an ASCII <c>filename</c> for old clients and the real name in RFC 5987's
/// <c>filename*=UTF-8''…</c>, which browsers prefer.
/// </summary>
public static class DownloadNames
{
    /// <summary>The most characters a part keeps (a track key or a title is shorter; a longer one is cut).</summary>
    public const int MaxPartLength = 120;

    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', ';', ','];

    /// <summary><paramref name="part"/> made safe to stand in a file name: forbidden characters and runs of them become one dash.</summary>
    public static string Part(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var characters = new List<char>(Math.Min(part.Length, MaxPartLength));
        foreach (var c in part.Trim())
        {
            var safe = char.IsControl(c) || char.IsWhiteSpace(c) || Array.IndexOf(Forbidden, c) >= 0 ? '-' : c;
            if (safe == '-' && characters.Count > 0 && characters[^1] == '-')
            {
                continue;
            }

            characters.Add(safe);
            if (characters.Count == MaxPartLength)
            {
                break;
            }
        }

        var name = new string([.. characters]).Trim('-', '.');
        return name.Length == 0 ? "-" : name;
    }
}
