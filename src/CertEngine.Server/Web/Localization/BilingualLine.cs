using System.Globalization;

namespace CertEngine.Server.Web.Localization;

/// <summary>
/// One line worded in both languages: the JSON API carries both in one string (<see cref="Both"/>: Chinese first, English in
/// brackets), a page shows the visitor's (<see cref="In"/>).
/// </summary>
/// <param name="Chinese">The Chinese words.</param>
/// <param name="English">The English words.</param>
public readonly record struct BilingualLine(string Chinese, string English)
{
    /// <summary>Both languages in one line: <c>中文 (English)</c>.</summary>
    public string Both => $"{Chinese} ({English})";

    /// <summary>The words in one language: Chinese unless <paramref name="culture"/> is English.</summary>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == BilingualPages.English ? English : Chinese;
    }
}
