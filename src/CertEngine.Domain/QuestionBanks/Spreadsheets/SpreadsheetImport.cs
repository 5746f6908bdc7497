using CertEngine.Domain.QuestionBanks.Publishing;

namespace CertEngine.Domain.QuestionBanks.Spreadsheets;

/// <summary>What an import did: the problems found, and the files written (none when refused).</summary>
public sealed record ImportOutcome(IReadOnlyList<BankProblem> Problems, IReadOnlyList<string> WrittenFiles, int Items, int Tasks);

/// <summary>
/// Imports a workbook into a bank folder: reads it, validates its items and tasks together with the bank
/// (the same validator as <c>bank validate</c>), and only when there is no error writes
/// <c>items/&lt;name&gt;.yaml</c> and <c>tasks/&lt;name&gt;.yaml</c>. Importing the same workbook again replaces them.
/// </summary>
public static class SpreadsheetImport
{
    /// <summary>
    /// Reads a workbook's items and tasks, with every problem at its sheet, row and column: at most
    /// <see cref="SpreadsheetReader.MaxProblems"/> and a last one saying checking stopped, or the one problem that a sheet
    /// holds more than <see cref="SpreadsheetReader.MaxRows"/> rows. See <see cref="WorkbookLimits"/> for the other bounds.
    /// </summary>
    public static (IReadOnlyList<Item> Items, IReadOnlyList<PracticalTask> Tasks, IReadOnlyList<BankProblem> Problems) Read(Stream workbook, string fileName)
    {
        var problems = new List<BankProblem>();
        var reader = new SpreadsheetReader(fileName, problems);
        try
        {
            reader.Read(workbook);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            // A file that is not an .xlsx workbook (or is damaged) is a problem to report, not a crash.
            problems.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(fileName, 0),
                $"无法读取 Excel 文件：{e.Message} (not a readable .xlsx workbook)"));
        }

        // A sheet past the row cap is refused at once with that one reason, not with the problems of its first rows.
        return reader.TooTall is { } tooTall ? ([], [], [tooTall]) : (reader.Items, reader.Tasks, problems);
    }

    /// <summary>Imports <paramref name="workbookPath"/> into the bank at <paramref name="bankDirectory"/>.</summary>
    public static ImportOutcome ImportInto(string workbookPath, string bankDirectory)
    {
        if (!File.Exists(workbookPath))
        {
            return new ImportOutcome([new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(workbookPath, 0), "文件不存在 (no such file)")], [], 0, 0);
        }

        if (!File.Exists(Path.Combine(bankDirectory, BankLoader.OccupationFile)))
        {
            return new ImportOutcome([new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(bankDirectory, 0),
                $"'{bankDirectory}' 不是题库目录（没有 {BankLoader.OccupationFile}） (not a bank folder)")], [], 0, 0);
        }

        using var stream = File.OpenRead(workbookPath);
        var (items, tasks, problems) = Read(stream, workbookPath);
        var name = Path.GetFileNameWithoutExtension(workbookPath);
        var itemsFile = Path.Combine(bankDirectory, "items", name + ".yaml");
        var tasksFile = Path.Combine(bankDirectory, "tasks", name + ".yaml");
        var all = problems.ToList();
        if (all.Count == 0 && items.Count == 0 && tasks.Count == 0)
        {
            all.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(workbookPath, 0, $"{SpreadsheetLayout.ItemSheet}!A2"),
                "工作簿中没有试题或操作题 (the workbook holds no items and no tasks)"));
        }

        if (all.Count == 0)
        {
            // Validate the bank as it would be after the import: its files, minus an earlier import of this workbook, plus these rows.
            var files = BankLoader.ReadTree(bankDirectory).Where(f => f.Path != itemsFile && f.Path != tasksFile);
            var loaded = BankLoader.Load(BankLoader.ReadCatalogue(bankDirectory), files,
                include => BankLoader.ReadInclude(bankDirectory, include), items, tasks);
            all.AddRange(loaded.Problems);
        }

        if (all.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return new ImportOutcome(all, [], items.Count, tasks.Count);
        }

        var header = $"由 {Path.GetFileName(workbookPath)} 导入 (imported from {Path.GetFileName(workbookPath)}); 再次导入会覆盖本文件 (re-importing replaces this file)";
        var written = new List<string>();
        if (items.Count > 0)
        {
            WriteAtomically(itemsFile, BankYamlWriter.WriteItems(items, header));
            written.Add(itemsFile);
        }

        if (tasks.Count > 0)
        {
            WriteAtomically(tasksFile, BankYamlWriter.WriteTasks(tasks, header));
            written.Add(tasksFile);
        }

        return new ImportOutcome(all, written, items.Count, tasks.Count);
    }

    private static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
