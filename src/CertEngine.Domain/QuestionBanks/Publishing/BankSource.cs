using System.IO.Compression;
using CertEngine.Domain.QuestionBanks.Spreadsheets;

namespace CertEngine.Domain.QuestionBanks.Publishing;

/// <summary>
/// A bank's source folder held as texts rather than on disk (题库源文件, e.g. uploaded from the web): YAML files by their path
/// relative to the upload, with <c>/</c> separators. The bank is the folder holding the shallowest <c>occupation.yaml</c>;
/// the catalogue and included modules are taken from beside it in the upload when present, otherwise from the shipped banks
/// root, exactly as <see cref="BankLoader.LoadDirectory"/> looks beside a bank folder.
/// </summary>
public sealed class BankSource
{
    /// <summary>The most YAML files one source may hold.</summary>
    public const int MaxFiles = 2_000;

    /// <summary>The most entries of any kind (folders and other files included) an uploaded archive may hold.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The most bytes the unpacked texts of one source may hold (64 MB).</summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>A source of the given files, their paths normalised (<c>/</c>, no leading <c>./</c>).</summary>
    /// <exception cref="ArgumentException">A path climbs out of the upload (<c>..</c>) or is empty.</exception>
    public BankSource(IEnumerable<BankFile> files)
    {
        Files = files.Select(f => f with { Path = Normalise(f.Path) }).ToList();
    }

    /// <summary>The files, in the order given.</summary>
    public IReadOnlyList<BankFile> Files { get; }

    /// <summary>The folder of the bank inside the source (<c>""</c> for the top, else ending in <c>/</c>), or null when no file is an occupation.yaml.</summary>
    public string? BankFolder =>
        Files.Select(f => f.Path)
            .Where(p => FileName(p) == BankLoader.OccupationFile && !IsVersion(p))
            .OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => p[..(p.Length - BankLoader.OccupationFile.Length)])
            .FirstOrDefault();

    /// <summary>Whether <paramref name="path"/> is a usable relative path: not empty, no <c>..</c>, not rooted.</summary>
    public static bool IsSafePath(string path)
    {
        var normal = path.Replace('\\', '/').TrimStart('/');
        return normal.Length > 0 && normal.Length <= 400 && !normal.Split('/').Any(s => s is ".." || s.Contains(':', StringComparison.Ordinal))
               && !normal.Any(char.IsControl);
    }

    /// <summary>
    /// Reads the YAML files of a zip archive of a bank folder (or of a banks root holding one bank and its modules); other
    /// files are skipped. Null with a problem when the archive cannot be read, holds no YAML, or is too large unpacked.
    /// </summary>
    /// <remarks>
    /// The entry count and the sizes the central directory declares are checked before anything is unpacked. A crafted
    /// archive may understate a size; .NET stops an entry's stream at its declared size, and each entry is also read
    /// through a count that stops at what is left of <see cref="MaxUnpackedBytes"/>, so a zip bomb costs at most that much.
    /// </remarks>
    public static (BankSource? Source, BankProblem? Problem) FromZip(Stream archive, string archiveName)
    {
        var at = new SourceLocation(archiveName, 0);
        var tooLarge = new BankProblem(ProblemSeverity.Error, BankRules.Include, at,
            $"压缩包解压后过大（最多 {MaxEntries} 个条目、{MaxFiles} 个 YAML 文件、共 {MaxUnpackedBytes / 1024 / 1024} MB） (the archive is too large unpacked: at most {MaxEntries} entries, {MaxFiles} YAML files and {MaxUnpackedBytes / 1024 / 1024} MB)");
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return (null, tooLarge);
            }

            var files = new List<BankFile>();
            long total = 0;
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0 && IsYaml(e.FullName)))
            {
                if (!IsSafePath(entry.FullName))
                {
                    return (null, new(ProblemSeverity.Error, BankRules.Include, at, $"压缩包中的路径不安全：{entry.FullName} (unsafe path in the archive)"));
                }

                if (files.Count >= MaxFiles || total + entry.Length > MaxUnpackedBytes)
                {
                    return (null, tooLarge);
                }

                using var stream = entry.Open();
                if (ReadAtMost(stream, MaxUnpackedBytes - total) is not { } bytes)
                {
                    return (null, tooLarge);
                }

                total += bytes.Length;
                using var reader = new StreamReader(new MemoryStream(bytes, writable: false));
                files.Add(new BankFile(entry.FullName, reader.ReadToEnd()));
            }

            return files.Count == 0
                ? (null, new(ProblemSeverity.Error, BankRules.Include, at, "压缩包中没有 .yaml 文件 (the archive holds no .yaml file)"))
                : (new BankSource(files), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return (null, new(ProblemSeverity.Error, BankRules.Include, at, $"无法读取压缩包：{e.Message} (not a readable .zip archive)"));
        }
    }

    /// <summary>The stream's bytes, or null as soon as it holds more than <paramref name="limit"/>.</summary>
    internal static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Whether a file name is a YAML file (<c>.yaml</c> or <c>.yml</c>).</summary>
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads and validates the bank, taking the catalogue and modules the upload lacks from <paramref name="shippedRoot"/>.</summary>
    public BankLoadResult Load(string shippedRoot) => Load(shippedRoot, null, null);

    /// <summary>
    /// This source with a workbook's items and tasks as <c>items/&lt;name&gt;.yaml</c> and <c>tasks/&lt;name&gt;.yaml</c> of the
    /// bank folder (replacing an earlier import of the same workbook), as <c>bank import-xlsx</c> writes them; or the
    /// problems of the workbook and of the bank it would make, with nothing changed.
    /// </summary>
    public (BankSource? Source, IReadOnlyList<BankProblem> Problems) WithWorkbook(Stream workbook, string workbookName, string shippedRoot)
    {
        var (items, tasks, problems) = SpreadsheetImport.Read(workbook, workbookName);
        var all = problems.ToList();
        if (all.Count == 0 && items.Count == 0 && tasks.Count == 0)
        {
            all.Add(new(ProblemSeverity.Error, BankRules.Spreadsheet, new SourceLocation(workbookName, 0, $"{SpreadsheetLayout.ItemSheet}!A2"),
                "工作簿中没有试题或操作题 (the workbook holds no items and no tasks)"));
        }

        if (all.Count > 0)
        {
            return (null, all);
        }

        var folder = BankFolder ?? "";
        var name = System.IO.Path.GetFileNameWithoutExtension(workbookName);
        var itemsPath = $"{folder}items/{name}.yaml";
        var tasksPath = $"{folder}tasks/{name}.yaml";
        var kept = Files.Where(f => f.Path != itemsPath && f.Path != tasksPath).ToList();

        // Validate the bank as it would be after the import, each row at its cell, before any YAML is written.
        var loaded = new BankSource(kept).Load(shippedRoot, items, tasks);
        if (!loaded.IsValid)
        {
            return (null, loaded.Problems);
        }

        var header = $"由 {workbookName} 导入 (imported from {workbookName}); 再次导入会覆盖本文件 (re-importing replaces this file)";
        if (items.Count > 0)
        {
            kept.Add(new BankFile(itemsPath, BankYamlWriter.WriteItems(items, header)));
        }

        if (tasks.Count > 0)
        {
            kept.Add(new BankFile(tasksPath, BankYamlWriter.WriteTasks(tasks, header)));
        }

        return (new BankSource(kept), loaded.Problems);
    }

    private BankLoadResult Load(string shippedRoot, IEnumerable<Item>? extraItems, IEnumerable<PracticalTask>? extraTasks)
    {
        var folder = BankFolder ?? "";
        var parent = Parent(folder);
        var modules = Files.Where(f => FileName(f.Path) == BankLoader.ModuleFile)
            .Select(f => f.Path[..(f.Path.Length - BankLoader.ModuleFile.Length)])
            .ToList();
        var cataloguePath = parent + BankLoader.CatalogueFile;
        var catalogue = Files.Where(f => f.Path == cataloguePath).ToList();
        if (catalogue.Count == 0)
        {
            var shipped = Path.Combine(shippedRoot, BankLoader.CatalogueFile);
            catalogue = File.Exists(shipped) ? [new BankFile(BankLoader.CatalogueFile, File.ReadAllText(shipped))] : [];
        }

        var own = Files
            .Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path != cataloguePath && !IsVersion(f.Path[folder.Length..]))
            .Where(f => !modules.Any(m => m.Length > 0 && f.Path.StartsWith(m, StringComparison.Ordinal)))
            .Where(f => IsYaml(f.Path))
            .ToList();
        return BankLoader.Load(catalogue, own, include => Include(include, parent, shippedRoot), extraItems, extraTasks);
    }

    private List<BankFile>? Include(string include, string parent, string shippedRoot)
    {
        if (!IsSafePath(include) || Path.IsPathRooted(include))
        {
            return null;
        }

        var prefix = parent + include.Trim('/') + "/";
        if (Files.Any(f => f.Path == prefix + BankLoader.ModuleFile))
        {
            return Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && IsYaml(f.Path)).ToList();
        }

        // A module the upload lacks is the shipped one, named by its path under the banks root (never the server's full path).
        var directory = Path.Combine(shippedRoot, include);
        return File.Exists(Path.Combine(directory, BankLoader.ModuleFile))
            ? BankLoader.ReadTree(directory).Select(f => f with { Path = Path.GetRelativePath(shippedRoot, f.Path).Replace('\\', '/') }).ToList()
            : null;
    }

    private static string Normalise(string path)
    {
        if (!IsSafePath(path))
        {
            throw new ArgumentException($"unsafe or empty path '{path}'", nameof(path));
        }

        var normal = path.Replace('\\', '/').TrimStart('/');
        while (normal.StartsWith("./", StringComparison.Ordinal))
        {
            normal = normal[2..];
        }

        return normal;
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Parent(string folder)
    {
        var trimmed = folder.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "" : trimmed[..(slash + 1)];
    }

    private static bool IsVersion(string path) =>
        path.StartsWith(BankLoader.VersionsDirectory + "/", StringComparison.Ordinal) || path.Contains("/" + BankLoader.VersionsDirectory + "/", StringComparison.Ordinal);
}
