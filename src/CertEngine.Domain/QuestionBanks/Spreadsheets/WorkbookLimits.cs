using System.IO.Compression;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace CertEngine.Domain.QuestionBanks.Spreadsheets;

/// <summary>
/// Bounds on reading an uploaded .xlsx workbook (a bank's items and tasks, or a candidate list), so that the work and
/// memory of one read are bounded whatever the file says about itself.
/// </summary>
/// <remarks>
/// An .xlsx is a zip of XML: a few megabytes can unpack to gigabytes, declare a sheet of 16,384 columns (MiniExcel then
/// gives every row a value for each), or place one cell at row 1,048,576 (MiniExcel then yields every empty row before
/// it). So the package is checked before MiniExcel opens it, rows are read as a stream with only the first
/// <see cref="MaxColumns"/> columns, and callers stop at their row cap.
/// </remarks>
public static class WorkbookLimits
{
    /// <summary>The most entries the package may hold; a workbook made by Excel or WPS holds a few dozen.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>The most bytes its entries may declare unpacked in all (100 MB: a 20,000-row bank is about 30 MB).</summary>
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;

    /// <summary>Columns read from each sheet (A to BL); the templates use 15, and later columns are ignored.</summary>
    public const int MaxColumns = 64;

    /// <summary>
    /// The most characters one cell may hold: 10,000, about five pages of Chinese, so even a long 考核要求 fits, while the
    /// longest stem or criterion in the shipped banks is under 500.
    /// </summary>
    public const int MaxCellLength = 10_000;

    /// <summary>
    /// Why the package cannot be read within the limits (too many entries, or more than <see cref="MaxUnpackedBytes"/>
    /// declared), or null when it can. Leaves the stream at its start.
    /// </summary>
    /// <remarks>
    /// The declared sizes are enough: .NET ends an entry's stream at its declared size, so an understated entry is cut
    /// short (and then unreadable XML), never longer.
    /// </remarks>
    /// <exception cref="InvalidDataException">The stream is not a zip archive.</exception>
    public static string? PackageProblem(Stream workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true))
        {
            var left = MaxUnpackedBytes;
            if (zip.Entries.Count > MaxEntries || zip.Entries.Any(e => (left -= e.Length) < 0))
            {
                return $"Excel 文件解压后过大（最多 {MaxEntries} 个部件、共 {MaxUnpackedBytes / 1024 / 1024} MB） (the workbook is too large unpacked: at most {MaxEntries} parts and {MaxUnpackedBytes / 1024 / 1024} MB)";
            }
        }

        workbook.Position = 0;
        return null;
    }

    /// <summary>
    /// The rows of a sheet (the first when <paramref name="sheet"/> is null), lazily and in order from row 1, empty rows
    /// included so that the n-th row is row n; each row maps column letters to values, for the sheet's used columns up to
    /// <see cref="MaxColumns"/>.
    /// </summary>
    public static IEnumerable<IDictionary<string, object?>> Rows(Stream workbook, string? sheet)
    {
        // MiniExcel gives every row one entry per column up to the sheet's width, or up to endColumnIndex when that is
        // given: so ask the width (the first row's count) and read no wider than it, nor than MaxColumns.
        workbook.Position = 0;
        var width = workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().FirstOrDefault()?.Count ?? 0;
        workbook.Position = 0;
        return width == 0
            ? []
            : workbook.QueryRange(useHeaderRow: false, sheetName: sheet, startRowIndex: 1, startColumnIndex: 1, endRowIndex: null,
                    endColumnIndex: Math.Min(width, MaxColumns), configuration: new OpenXmlConfiguration { EnableConvertByteArray = false })
                .Cast<IDictionary<string, object?>>();
    }
}
