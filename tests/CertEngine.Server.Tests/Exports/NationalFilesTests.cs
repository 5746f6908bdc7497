using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CertEngine.Domain.Exports;
using CertEngine.Server.Features.Exports;
using MiniExcelLibs;

namespace CertEngine.Server.Tests.Exports;

/// <summary>
/// The .xlsx writer fed through a data reader (<see cref="NationalRows"/>) writes the same workbook as the former writer that
/// gave MiniExcel one dictionary per row: every part of the package byte for byte (but the relationship ids, which MiniExcel
/// makes from a new GUID in every workbook), formula-looking text escaped, blanks and numbers as before, the header alone for
/// an empty report.
/// </summary>
public sealed partial class NationalFilesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_234)]
    public async Task Xlsx_ThroughTheDataReader_IsTheWorkbookTheDictionaryWriterWrote(int count)
    {
        var lines = Lines(count, new Random(count + 19));

        using var before = new MemoryStream();
        var written = await DictionaryWriterAsync(before, lines, "证书");
        using var after = new MemoryStream();
        var rows = await NationalFiles.WriteXlsxAsync(after, ToAsync(lines), "证书", CancellationToken.None);

        Assert.Equal((long)count, written);
        Assert.Equal((long)count, rows);
        var (expected, actual) = (Parts(before), Parts(after));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"part {name} differs: {Shown(bytes)} | {Shown(actual[name])}");
        }

        // And it reads back: the header, then each line with formulas escaped and blanks empty.
        after.Position = 0;
        var sheet = after.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(count + 1, sheet.Count);
        Assert.Equal(NationalColumns.All.Select(c => c.Header), sheet[0].Values.Select(v => v?.ToString()));
        if (count > 0)
        {
            Assert.Equal("'=HYPERLINK(\"x\")", sheet[1]["A"]);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_234)]
    public async Task Csv_LineByLineIntoOneBuffer_IsTheFileTheFormerWriterWrote(int count)
    {
        var lines = Lines(count, new Random(count + 6));

        using var after = new MemoryStream();
        var rows = await NationalFiles.WriteCsvAsync(after, ToAsync(lines), CancellationToken.None);

        // The former writer: the cells of a line joined by commas, each quoted (RFC 4180) when it holds a comma, quote or line end.
        static string Quote(string text) => text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        static string Text(object? value) => value switch
        {
            null => "",
            decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
            string text => SpreadsheetText.Escape(text),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        var expected = new StringBuilder("\uFEFF").Append(string.Join(',', NationalColumns.All.Select(c => Quote(c.Header)))).Append("\r\n");
        foreach (var line in lines)
        {
            expected.Append(string.Join(',', NationalColumns.All.Select(c => Quote(Text(c.Value(line)))))).Append("\r\n");
        }

        Assert.Equal((long)count, rows);
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(after.ToArray()));
        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), after.ToArray());
    }

    [Fact]
    public async Task Xlsx_AFailingRead_FailsTheWrite_WithItsError()
    {
        static async IAsyncEnumerable<NationalLine> Failing()
        {
            yield return Lines(1, new Random(1))[0];
            await Task.CompletedTask;
            throw new InvalidOperationException("store gone");
        }

        using var stream = new MemoryStream();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NationalFiles.WriteXlsxAsync(stream, Failing(), "证书", CancellationToken.None));
        Assert.Equal("store gone", error.Message);
    }

    private static string Shown(byte[] part) => part.Length < 4_000 ? Encoding.UTF8.GetString(part) : $"{part.Length} bytes";

    [GeneratedRegex("\\bR[0-9a-f]{32}\\b")]
    private static partial Regex RelationshipId();

    private static Dictionary<string, byte[]> Parts(MemoryStream workbook)
    {
        workbook.Position = 0;
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var part = e.Open();
            using var copy = new MemoryStream();
            part.CopyTo(copy);
            return Encoding.UTF8.GetBytes(RelationshipId().Replace(Encoding.UTF8.GetString(copy.ToArray()), "R{id}"));
        }, StringComparer.Ordinal);
    }

    private static List<NationalLine> Lines(int count, Random random)
    {
        string[] names = ["=HYPERLINK(\"x\")", "王秀英", "+1", "-2", "@a", "\t李", "张 伟 ", "<&>\"'", "", "王,秀英", "说\"是\"", "两\r\n行", "\"=1\""];
        return [.. Enumerable.Range(0, count).Select(i => new NationalLine
        {
            Name = i == 0 ? names[0] : names[random.Next(names.Length)],
            DocumentType = NationalFields.IdentityDocument,
            IdNumber = "1404" + random.Next(0, 1_000_000).ToString("00000000000000", CultureInfo.InvariantCulture),
            Sex = random.Next(2) == 0 ? "男" : "女",
            Education = "",
            OccupationName = "家政服务员",
            OccupationCode = "4-10-01-06",
            WorkType = random.Next(3) == 0 ? NationalFields.NoWorkType : "家务服务员",
            Level = random.Next(2) == 0 ? "五级/初级工" : "",
            TheoryScore = random.Next(4) == 0 ? null : random.Next(0, 1001) / 10m,
            PracticalScore = random.Next(4) == 0 ? null : random.Next(0, 101),
            ReviewScore = random.Next(2) == 0 ? null : 88.25m,
            CertificateNumber = random.Next(2) == 0 ? "" : "S00001400000126" + i.ToString("00000000", CultureInfo.InvariantCulture),
            IssuedOn = random.Next(2) == 0 ? "" : "2026-12-06",
            IssuerName = "长治市职业技能鉴定中心",
            IssuerCode = "S000014000001",
            Centre = random.Next(5) == 0 ? "-考点" : "长治考点",
            ExamDate = "2026-11-23",
            Status = random.Next(2) == 0 ? "" : "有效",
            Remark = "认定项目 4-10-01-06/家务服务员/5",
        })];
    }

    private static async IAsyncEnumerable<NationalLine> ToAsync(IEnumerable<NationalLine> lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }

    // The writer before the data reader (kept here as the reference): one dictionary per row, the header as the first row.
    private static async Task<long> DictionaryWriterAsync(Stream stream, IEnumerable<NationalLine> lines, string sheetName)
    {
        string[] keys = [.. NationalColumns.All.Select((_, i) => "c" + i.ToString("00", CultureInfo.InvariantCulture))];
        Dictionary<string, object?> Row(IEnumerable<object?> cells) =>
            cells.Select((cell, i) => (keys[i], cell)).ToDictionary(p => p.Item1, p => p.cell, StringComparer.Ordinal);
        long count = 0;
        async IAsyncEnumerable<Dictionary<string, object?>> Rows()
        {
            yield return Row(NationalColumns.All.Select(c => (object?)c.Header));
            foreach (var line in lines)
            {
                count++;
                await Task.Yield();
                yield return Row(NationalColumns.All.Select(c => c.Value(line) is string text ? SpreadsheetText.Escape(text) : c.Value(line)));
            }
        }

        await stream.SaveAsAsync(Rows(), printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX);
        return count;
    }
}
