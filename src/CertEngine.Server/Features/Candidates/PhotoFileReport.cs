using System.Globalization;
using System.Text.Json.Serialization;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Candidates;

/// <summary>What became of one file of a bulk photo upload.</summary>
/// <param name="File">The file's name (inside the ZIP, without its folders).</param>
/// <param name="Outcome">
/// <c>matched</c> (stored as the candidate's photo), <c>replaced</c> (stored, replacing one), <c>no-candidate</c> (nobody is
/// registered under the number), <c>bad-name</c> (the name is not an ID number), <c>duplicate</c> (the number came earlier in
/// this upload), <c>not-image</c>, <c>too-large</c>, <c>too-many-pixels</c>, <c>too-small</c>, <c>skipped</c> (past the upload's limits).
/// </param>
/// <param name="IdNumber">The ID number the name gave, masked; empty when it gave none.</param>
/// <param name="Words">The outcome in words, Chinese first, English in brackets (the JSON API's one line).</param>
public sealed record PhotoFileReport(string File, string Outcome, string IdNumber, string Words)
{
    /// <summary>An outcome worded in both languages: the page shows the visitor's, the API both (<see cref="Words"/>).</summary>
    public PhotoFileReport(string file, string outcome, string idNumber, string chinese, string english)
        : this(file, outcome, idNumber, new BilingualLine(chinese, english))
    {
    }

    private PhotoFileReport(string file, string outcome, string idNumber, BilingualLine line)
        : this(file, outcome, idNumber, line.Both) => Line = line;

    /// <summary>The words in both languages apart, when the outcome was worded in both.</summary>
    [JsonIgnore]
    public BilingualLine? Line { get; init; }

    /// <summary>The outcome in one language (a page's): Chinese unless <paramref name="culture"/> is English.</summary>
    public string In(CultureInfo culture) => Line?.In(culture) ?? Words;
}
