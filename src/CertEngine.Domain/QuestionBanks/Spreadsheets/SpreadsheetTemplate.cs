using MiniExcelLibs;

namespace CertEngine.Domain.QuestionBanks.Spreadsheets;

/// <summary>Writes the Excel authoring template: the item and task sheets with their headers, and a guide sheet.</summary>
public static class SpreadsheetTemplate
{
    /// <summary>Writes an empty template to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream) =>
        Write(stream, [], []);

    /// <summary>Writes a workbook in the template layout holding the given rows (column header → cell value).</summary>
    public static void Write(Stream stream, IReadOnlyList<IReadOnlyDictionary<string, object?>> itemRows, IReadOnlyList<IReadOnlyDictionary<string, object?>> taskRows)
    {
        var sheets = new Dictionary<string, object>
        {
            [SpreadsheetLayout.ItemSheet] = Rows(SpreadsheetLayout.ItemColumns.Select(c => c.Header), itemRows),
            [SpreadsheetLayout.TaskSheet] = Rows(SpreadsheetLayout.TaskColumns.Select(c => c.Header), taskRows),
            [SpreadsheetLayout.GuideSheet] = SpreadsheetLayout.Guide.Select(line => new Dictionary<string, object?> { ["说明 Guide"] = line }).ToList(),
        };
        stream.SaveAs(sheets);
    }

    private static List<Dictionary<string, object?>> Rows(IEnumerable<string> headers, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var columns = headers.ToList();
        if (rows.Count == 0)
        {
            // MiniExcel writes headers from the first row's keys: an empty row keeps them in an empty template.
            return [columns.ToDictionary(h => h, _ => (object?)null)];
        }

        return rows.Select(row => columns.ToDictionary(h => h, h => row.GetValueOrDefault(h))).ToList();
    }
}
