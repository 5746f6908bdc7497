namespace CertEngine.Server.Features.Programme;

/// <summary>
/// Text for a spreadsheet cell: a value a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
/// return) gets a leading apostrophe, so a name such as <c>=HYPERLINK(…)</c> typed into a form shows as text.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The text, safe to put in a cell.</summary>
    public static string Safe(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
