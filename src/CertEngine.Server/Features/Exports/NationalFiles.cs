using System.Globalization;
using System.Text;
using CertEngine.Domain.Exports;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Exports;

/// <summary>
/// Writes lines in the national fields (<see cref="NationalColumns"/>) as .xlsx or CSV, streaming: one line is read, written
/// and dropped at a time. Every text cell a spreadsheet would run as a formula is escaped (<see cref="SpreadsheetText"/>).
/// </summary>
public static class NationalFiles
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header row and the lines as a one-sheet workbook; returns the number of lines (header not counted).</summary>
    /// <remarks>
    /// The rows reach MiniExcel through <see cref="NationalRows"/>, an asynchronous data reader that fills one array of cells per
    /// line, instead of a dictionary per row (the same sheet, cell for cell: the header goes as the first row with headers off,
    /// so an empty report still names its columns).
    /// </remarks>
    public static async Task<long> WriteXlsxAsync(Stream stream, IAsyncEnumerable<NationalLine> lines, string sheetName, CancellationToken cancellationToken)
    {
        await using var rows = new NationalRows(lines, cancellationToken);
        await stream.SaveAsAsync(rows, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return rows.Lines;
    }

    /// <summary>Writes UTF-8 CSV with a BOM (so Excel reads Chinese), CRLF line ends and RFC 4180 quoting; returns the number of lines.</summary>
    public static async Task<long> WriteCsvAsync(Stream stream, IAsyncEnumerable<NationalLine> lines, CancellationToken cancellationToken)
    {
        long count = 0;
        await using var writer = new StreamWriter(stream, Utf8WithBom, 65_536, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', NationalColumns.All.Select(c => Quote(c.Header))));
        // One reused buffer per file: each line's cells are appended to it (quoted where they must be), then written.
        var columns = NationalColumns.All;
        var text = new StringBuilder(1_024);
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            count++;
            text.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                AppendQuoted(text, CsvText(Cell(columns[i].Value(line))));
            }

            await writer.WriteLineAsync(text, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>A cell of a line as written: text escaped (<see cref="SpreadsheetText"/>), numbers and nulls as they are.</summary>
    internal static object? Cell(object? value) => value is string text ? SpreadsheetText.Escape(text) : value;

    private static string CsvText(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    // Quote(text) appended to the line, without making the quoted string.
    private static void AppendQuoted(StringBuilder line, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"');
        foreach (var c in text)
        {
            line.Append(c);
            if (c == '"')
            {
                line.Append('"');
            }
        }

        line.Append('"');
    }
}
