using System.Globalization;
using System.Text.Json.Serialization;
using CertEngine.Server.Web.Localization;

namespace CertEngine.Server.Features.Candidates;

/// <summary>One problem in an uploaded spreadsheet: the row (as Excel numbers it, the header being row 1), the column's header and what is wrong.</summary>
/// <param name="Row">The row number as shown by Excel (data starts at 2); 0 when the problem is the file itself.</param>
/// <param name="Column">The column's header text (<c>身份证号</c>), or empty when the problem is the file or the whole row.</param>
/// <param name="Message">What is wrong, Chinese first, English in brackets (the JSON API's one line).</param>
public sealed record SheetProblem(int Row, string Column, string Message)
{
    /// <summary>A problem worded in both languages: the page shows the visitor's, the API both (<see cref="Message"/>).</summary>
    public SheetProblem(int row, string column, string chinese, string english)
        : this(row, column, $"{chinese} ({english})") => (Chinese, English) = (chinese, english);

    /// <summary>The Chinese words alone, when the problem was worded in both languages.</summary>
    [JsonIgnore]
    public string? Chinese { get; init; }

    /// <summary>The English words alone, when the problem was worded in both languages.</summary>
    [JsonIgnore]
    public string? English { get; init; }

    /// <summary>What is wrong in one language (a page's): Chinese unless <paramref name="culture"/> is English.</summary>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return (Chinese, English) is ({ } chinese, { } english)
            ? culture.TwoLetterISOLanguageName == BilingualPages.English ? english : chinese
            : Message;
    }

    /// <summary>The problem as one line: <c>第 3 行 身份证号：…</c>.</summary>
    public override string ToString() => Row == 0 ? Message : $"第 {Row} 行 {Column}：{Message}";
}
