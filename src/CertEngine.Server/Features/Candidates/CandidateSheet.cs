using System.Globalization;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.QuestionBanks.Spreadsheets;
using CertEngine.Grains.Replies;
using CertEngine.Server.Web.Localization;
using MiniExcelLibs;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// The candidate import workbook (考生名单): one sheet, a header row, one candidate per row. Columns are found by their
/// header text, so a reordered sheet still reads. Every problem names its row and column; a row is either wholly
/// valid or reported, and the caller registers nothing unless every row is valid.
/// </summary>
public static class CandidateSheet
{
    /// <summary>Header of the name column (required).</summary>
    public const string NameColumn = "姓名";

    /// <summary>Header of the ID number column (required; typed as text so Excel keeps all 18 characters).</summary>
    public const string IdNumberColumn = "身份证号";

    /// <summary>Header of the county column.</summary>
    public const string CountyColumn = "县区";

    /// <summary>Header of the tags column (separated by 、 , ； or spaces).</summary>
    public const string TagsColumn = "标签";

    /// <summary>Header of the track column (申报项目, a track key such as <c>4-10-01-06/家务服务员/5</c>).</summary>
    public const string TrackColumn = "申报项目";

    /// <summary>Header of the years-of-work column (工作年限, in the track's occupation).</summary>
    public const string WorkYearsColumn = "工作年限";

    /// <summary>Header of the phone column (optional; an empty cell keeps the number already held).</summary>
    public const string PhoneColumn = "电话";

    /// <summary>The columns in template order (电话 last, so sheets made from the older template still read).</summary>
    public static IReadOnlyList<string> Columns { get; } = [NameColumn, IdNumberColumn, CountyColumn, TagsColumn, TrackColumn, WorkYearsColumn, PhoneColumn];

    /// <summary>The most rows one file may hold.</summary>
    public const int MaxRows = 5_000;

    /// <summary>The most problems reported before the rows are no longer checked.</summary>
    public const int MaxProblems = 1_000;

    /// <summary>The most characters one cell may hold; the longest field (up to 20 tags of 40) needs under 900.</summary>
    public const int MaxCellLength = 1_000;

    private static readonly char[] TagSeparators = ['、', ',', '，', ';', '；', ' ', '\u3000'];

    // The template's second sheet: how to fill in the first.
    private static readonly string[] Instructions =
    [
        "每行一名考生；第 1 行是表头，请勿改动表头文字。(One candidate per row; keep the header row.)",
        "姓名、身份证号必填；身份证号请设为文本格式，18 位，末位可为 X。(Name and ID number are required; format the ID column as text.)",
        "标签可填多个，用顿号或逗号分隔。(Several tags: separate with 、 or commas.)",
        "申报项目填认定项目编号，如 4-10-01-06/家务服务员/5；留空则只登记不申报。(Track key to enrol on, or empty to register only.)",
        "工作年限：在本职业累计工作的整年数或小数，如 2 或 1.5。(Years of work in the track's occupation.)",
        "电话可空：11 位手机号，或带区号的固定电话如 0355-2021234；留空则保留已登记的电话。(Phone: optional; empty keeps the one held.)",
        "文件中任一行有错，则全部不登记；请按提示改正后重新上传。(If any row is wrong, nobody is registered: fix and upload again.)",
    ];

    /// <summary>Writes the empty template: the header row, and a guide sheet.</summary>
    public static void WriteTemplate(Stream stream)
    {
        var sheets = new Dictionary<string, object>
        {
            ["考生名单"] = new[] { Columns.ToDictionary(c => c, _ => (object?)null) },
            ["说明"] = Instructions.Select(line => new Dictionary<string, object?> { ["说明 Guide"] = line }).ToList(),
        };
        stream.SaveAs(sheets);
    }

    /// <summary>
    /// Reads every row of the first sheet, as a stream. <paramref name="today"/> bounds birth dates. Returns the valid rows
    /// and the problems: at most <see cref="MaxProblems"/> and a last one saying checking stopped, or only the one that the
    /// file holds more than <see cref="MaxRows"/> rows or is too large unpacked; an unreadable file is one problem at row 0.
    /// </summary>
    public static (IReadOnlyList<CandidateSheetRow> Rows, IReadOnlyList<SheetProblem> Problems) Read(Stream workbook, DateOnly today)
    {
        try
        {
            if (WorkbookLimits.PackageProblem(workbook) is { } tooLarge)
            {
                return ([], [new SheetProblem(0, "", tooLarge)]);
            }

            return ReadRows(workbook, today);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or InvalidCastException)
        {
            // Not an .xlsx workbook, or a damaged one: a problem to show, not a crash.
            return ([], [new SheetProblem(0, "", "无法读取该文件，请上传 .xlsx 格式的考生名单", "not a readable .xlsx workbook")]);
        }
    }

    private static (IReadOnlyList<CandidateSheetRow> Rows, IReadOnlyList<SheetProblem> Problems) ReadRows(Stream workbook, DateOnly today)
    {
        Dictionary<string, string>? letterOf = null;
        var rows = new List<CandidateSheetRow>();
        var problems = new List<SheetProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in WorkbookLimits.Rows(workbook, sheet: null))
        {
            number++;
            if (letterOf is null)
            {
                letterOf = Headers(raw, problems);
                if (problems.Count > 0)
                {
                    return ([], problems);
                }

                continue;
            }

            if (number > MaxRows + 1)
            {
                // Refused at once and whole: the problems of its first rows would only hide the reason.
                return ([], [new SheetProblem(0, "", $"一个文件最多 {MaxRows} 行考生，请分成多个文件", $"at most {MaxRows} rows per file")]);
            }

            if (problems.Count >= MaxProblems)
            {
                continue;   // only counting rows now, to refuse a file past MaxRows
            }

            var cells = letterOf.ToDictionary(h => h.Key, h => raw.TryGetValue(h.Value, out var v) ? v : null, StringComparer.Ordinal);
            if (cells.Values.All(v => Text(v).Length == 0))
            {
                continue;
            }

            if (cells.FirstOrDefault(c => Text(c.Value).Length > MaxCellLength) is { Key: { } longColumn })
            {
                problems.Add(new SheetProblem(number, longColumn, $"内容超过 {MaxCellLength} 个字", $"more than {MaxCellLength} characters"));
                continue;
            }

            if (ReadRow(number, cells, today, seen, problems) is { } row)
            {
                rows.Add(row);
            }
        }

        if (letterOf is null)
        {
            return ([], [new SheetProblem(1, "", "工作表是空的，请从模板开始填写", "the sheet is empty; start from the template")]);
        }

        if (problems.Count >= MaxProblems)
        {
            problems.Add(new SheetProblem(0, "", $"问题过多，只检查到第 {MaxProblems} 个问题为止，请先改正这些", $"too many problems: checking stopped after {MaxProblems}; fix these first"));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new SheetProblem(2, "", "文件中没有考生", "the file holds no candidates"));
        }

        return (rows, problems);
    }

    private static Dictionary<string, string> Headers(IDictionary<string, object?> raw, List<SheetProblem> problems)
    {
        var letterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in raw)
        {
            var header = Text(value);
            if (header.Length > 0)
            {
                letterOf.TryAdd(header, letter);
            }
        }

        foreach (var missing in new[] { NameColumn, IdNumberColumn }.Where(c => !letterOf.ContainsKey(c)))
        {
            problems.Add(new SheetProblem(1, missing, $"表头缺少列“{missing}”，请使用模板", $"the header has no column '{missing}'; use the template"));
        }

        return letterOf;
    }

    private static CandidateSheetRow? ReadRow(int number, Dictionary<string, object?> cells, DateOnly today, Dictionary<string, int> seen, List<SheetProblem> problems)
    {
        var before = problems.Count;
        string Cell(string header) => cells.TryGetValue(header, out var v) ? Text(v) : "";

        var name = Cell(NameColumn);
        if (name.Length == 0)
        {
            problems.Add(new SheetProblem(number, NameColumn, "姓名不能为空", "name is required"));
        }
        else if (name.Length > 32)
        {
            problems.Add(new SheetProblem(number, NameColumn, "姓名不能超过 32 个字", "at most 32 characters"));
        }

        var idCell = cells.GetValueOrDefault(IdNumberColumn);
        var (identity, problem) = IdentityNumber.TryParse(Text(idCell), today);
        if (identity is null)
        {
            var (chinese, english) = idCell is double or decimal or long
                ? ("身份证号被 Excel 当成了数字，末几位已丢失；请把该列设为文本格式后重新填写", "Excel stored the ID as a number and lost digits; format the column as text")
                : IdProblemText(Text(idCell), problem);
            problems.Add(new SheetProblem(number, IdNumberColumn, chinese, english));
        }
        else if (seen.TryGetValue(identity.Value.Value, out var first))
        {
            problems.Add(new SheetProblem(number, IdNumberColumn, $"与第 {first} 行的身份证号重复", $"same ID number as row {first}"));
        }
        else
        {
            seen[identity.Value.Value] = number;
        }

        var county = Cell(CountyColumn);
        if (county.Length > 40)
        {
            problems.Add(new SheetProblem(number, CountyColumn, "县区不能超过 40 个字", "at most 40 characters"));
        }

        var tags = Cell(TagsColumn).Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tags.Length > 20 || tags.Any(t => t.Length > 40))
        {
            problems.Add(new SheetProblem(number, TagsColumn, "标签最多 20 个，每个不超过 40 个字", "at most 20 tags of 40 characters"));
        }

        var track = Cell(TrackColumn);
        if (track.Length > 80)
        {
            problems.Add(new SheetProblem(number, TrackColumn, "申报项目编号过长", "track key too long"));
        }

        decimal? years = null;
        var yearsText = Cell(WorkYearsColumn);
        if (yearsText.Length > 0)
        {
            if (decimal.TryParse(yearsText, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 0 and <= 60)
            {
                years = parsed;
            }
            else
            {
                problems.Add(new SheetProblem(number, WorkYearsColumn, $"工作年限应为 0 到 60 之间的数字，不是“{yearsText}”", "years of work: a number from 0 to 60"));
            }
        }

        if (problems.Count > before || identity is null)
        {
            return null;
        }

        var phone = Cell(PhoneColumn).Replace(" ", "", StringComparison.Ordinal);
        var profile = new CandidateProfile(name, identity.Value.Value, county.Length == 0 ? null : county, tags, phone.Length == 0 ? null : phone);
        // The rules the candidate record applies (control characters, commas in a tag): a row it would refuse is refused here, before anyone is registered.
        if (CandidateProfileRules.Check(profile.Name, profile.County, profile.Tags, profile.Phone) is { } broken)
        {
            problems.Add(new SheetProblem(number, broken switch
            {
                CandidateRefusal.CountyInvalid => CountyColumn,
                CandidateRefusal.TagsInvalid => TagsColumn,
                CandidateRefusal.PhoneInvalid => PhoneColumn,
                _ => NameColumn,
            }, RefusalWords.Bilingual(Refusal.Of(RefusalCodes.Code(broken))))
                { Line = new(RefusalWords.In(Refusal.Of(RefusalCodes.Code(broken)), BilingualPages.Chinese), RefusalWords.In(Refusal.Of(RefusalCodes.Code(broken)), BilingualPages.English)) });
            return null;
        }

        return new CandidateSheetRow(number, profile, identity.Value.BirthDate, track.Length == 0 ? null : track, years);
    }

    private static (string Chinese, string English) IdProblemText(string text, IdentityNumberProblem? problem) => problem switch
    {
        _ when text.Length == 0 => ("身份证号不能为空", "ID number is required"),
        IdentityNumberProblem.BirthDate => ("身份证号中的出生日期不存在", "the birth date in the ID number is not a real date"),
        IdentityNumberProblem.BirthDateInFuture => ("身份证号中的出生日期晚于今天", "the birth date lies in the future"),
        IdentityNumberProblem.CheckCharacter => ("身份证号校验位不正确，请核对", "the check character is wrong: a digit is mistyped"),
        _ => ("身份证号应为 18 位，前 17 位是数字，末位是数字或 X", "18 characters: 17 digits and a digit or X"),
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
