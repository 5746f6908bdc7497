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
        : this(row, column, new BilingualLine(chinese, english))
    {
    }

    private SheetProblem(int row, string column, BilingualLine line)
        : this(row, column, line.Both) => Line = line;

    /// <summary>The words in both languages apart, when the problem was worded in both.</summary>
    [JsonIgnore]
    public BilingualLine? Line { get; init; }

    /// <summary>What is wrong in one language (a page's): Chinese unless <paramref name="culture"/> is English.</summary>
    public string In(CultureInfo culture) => Line?.In(culture) ?? Message;

    /// <summary>The problem as one line: <c>第 3 行 身份证号：…</c>.</summary>
    public override string ToString() => Row == 0 ? Message : $"第 {Row} 行 {Column}：{Message}";
}
