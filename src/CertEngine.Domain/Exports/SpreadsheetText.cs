namespace CertEngine.Domain.Exports;

/// <summary>
/// Text cells a spreadsheet would run as a formula (CSV injection): a cell beginning with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is written with a leading apostrophe, so Excel, WPS and LibreOffice show it as text.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>The characters that make a cell look like a formula when they come first.</summary>
    public static IReadOnlyList<char> FormulaStarts { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Whether <paramref name="text"/> would be read as a formula.</summary>
    public static bool LooksLikeFormula(string? text) => text is { Length: > 0 } && FormulaStarts.Contains(text[0]);

    /// <summary><paramref name="text"/> made safe for a cell (null reads as empty).</summary>
    public static string Escape(string? text) => LooksLikeFormula(text) ? "'" + text : text ?? "";
}
