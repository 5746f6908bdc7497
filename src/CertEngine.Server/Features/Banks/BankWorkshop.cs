using System.Globalization;
using System.Text;
using CertEngine.Contracts.Banks;
using CertEngine.Domain;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Grains.Library;
using CertEngine.Server.Web;
using CertEngine.Storage.Records.Analytics;

namespace CertEngine.Server.Features.Banks;

/// <summary>
/// 题库发布: checks an uploaded bank (YAML files of its folder, a .zip of the folder, or the Excel template merged into the
/// current draft), keeps it as the bank's draft when it loads, and lists, compares and serves published versions. The
/// rules live in the Domain (<see cref="BankSource"/>, <see cref="BankVersions.Freeze"/>, <see cref="BankDiff"/>) and
/// publication itself in <see cref="IBankShelfGrain"/>; the API and the pages both call this.
/// </summary>
public sealed class BankWorkshop(IGrainFactory grains, ExamLibrary library, IItemMarkStore marks, TimeProvider clock)
{
    /// <summary>The largest upload accepted, all files together (bytes).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The most files one upload may hold.</summary>
    public const int MaxFiles = 500;

    /// <summary>The file types accepted.</summary>
    public const string Accepted = ".yaml、.yml、.zip、.xlsx";

    /// <summary>Every bank shipped beside the program, with its versions and draft.</summary>
    public async Task<IReadOnlyList<BankSummary>> ListAsync()
    {
        var banks = new List<BankSummary>();
        foreach (var code in library.ShippedBanks())
        {
            banks.Add((await FindAsync(code))!);
        }

        return banks;
    }

    /// <summary>One bank's versions (shipped and web) and draft; null when the bank is unknown here.</summary>
    public async Task<BankSummary?> FindAsync(string code)
    {
        if (!IsBankCode(code))
        {
            return null;
        }

        var shelf = await grains.GetGrain<IBankShelfGrain>(code).GetAsync();
        var shipped = library.ShippedVersions(code);
        if (shipped.Count == 0 && shelf.Versions.Count == 0 && shelf.Draft is null && !library.ShippedBanks().Contains(code))
        {
            return null;
        }

        var rows = new List<BankVersionRow>();
        string? name = null;
        foreach (var version in shipped)
        {
            var bank = await library.FindBankAsync(code, version);
            name ??= bank?.Occupation.Name;
            rows.Add(new BankVersionRow(version, "shipped", PublishedOn(library.ShippedText(code, version, BankManifest.FileName)), null, null,
                bank?.Items.Count ?? 0, bank?.Tasks.Count ?? 0, bank is not null));
        }

        foreach (var info in shelf.Versions.Where(v => !shipped.Contains(v.Version)))
        {
            var published = await library.FindBankAsync(code, info.Version);
            var intact = published is not null;
            name ??= published?.Occupation.Name;
            rows.Add(new BankVersionRow(info.Version, "web", ChinaTime.DateOf(info.PublishedAt), info.PublishedAt, info.PublishedBy, info.Items, info.Tasks, intact));
        }

        return new BankSummary(code, name, rows.OrderBy(r => r.Version).ToList(), shelf.Draft);
    }

    /// <summary>
    /// Checks an upload and, when it loads, keeps it as the draft of the bank it declares. A workbook (.xlsx) is merged into
    /// <paramref name="bankCode"/>'s current draft, or its shipped source when there is no draft.
    /// </summary>
    public async Task<BankUploadOutcome> UploadAsync(IReadOnlyList<Upload> files, string? bankCode, string actor, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return Reject($"请选择要上传的文件（{Accepted}） (choose the files to upload)");
        }

        if (files.Count > MaxFiles || files.Sum(f => (long)f.Content.Length) > MaxBytes)
        {
            return Reject($"上传内容过大：最多 {MaxFiles} 个文件、共 {MaxBytes / 1024 / 1024} MB (the upload is too large)");
        }

        var kinds = files.Select(f => Path.GetExtension(f.FileName).ToLowerInvariant()).Distinct().ToList();
        if (kinds.Any(k => k is not (".yaml" or ".yml" or ".zip" or ".xlsx")))
        {
            var wrong = files.First(f => Path.GetExtension(f.FileName).ToLowerInvariant() is not (".yaml" or ".yml" or ".zip" or ".xlsx")).FileName;
            return Reject($"不支持的文件类型“{wrong}”，只接受 {Accepted} (only {Accepted} files are accepted)");
        }

        if ((kinds.Contains(".zip") || kinds.Contains(".xlsx")) && files.Count > 1)
        {
            return Reject("压缩包（.zip）或 Excel 模板（.xlsx）请单独上传 (upload a .zip or an .xlsx on its own)");
        }

        var code = string.IsNullOrWhiteSpace(bankCode) ? null : bankCode.Trim();
        if (code is not null && !IsBankCode(code))
        {
            return Reject("题库编码格式不正确 (malformed bank code)");
        }

        BankSource source;
        var origin = string.Join("、", files.Select(f => f.FileName));
        var upload = files[0];
        if (kinds.Contains(".zip"))
        {
            using var stream = new MemoryStream(upload.Content, writable: false);
            var (zipped, problem) = BankSource.FromZip(stream, upload.FileName);
            if (zipped is null)
            {
                return Reject(problem!.Message, [problem.ToInfo()]);
            }

            source = zipped;
        }
        else if (kinds.Contains(".xlsx"))
        {
            if (code is null)
            {
                return Reject("导入 Excel 模板时请选择题库 (choose the bank the workbook's items belong to)");
            }

            var baseline = await DraftOrShippedAsync(code);
            if (baseline.Files.Count == 0)
            {
                return Reject($"题库 {code} 既没有草稿也没有随软件发布的源文件，请先上传其 YAML (bank {code} has no draft and no shipped source: upload its YAML first)");
            }

            using var stream = new MemoryStream(upload.Content, writable: false);
            var (merged, problems) = baseline.WithWorkbook(stream, upload.FileName, library.BankRoot);
            if (merged is null)
            {
                return Reject("Excel 模板有误，草稿未改动 (the workbook has errors; the draft is unchanged)", problems.Select(p => p.ToInfo()).ToList());
            }

            source = merged;
        }
        else
        {
            var texts = new List<BankFile>();
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            foreach (var file in files)
            {
                if (!BankSource.IsSafePath(file.FileName))
                {
                    return Reject($"文件名不正确：{file.FileName} (unusable file name)");
                }

                try
                {
                    texts.Add(new BankFile(UniquePath(texts, file.FileName), strict.GetString(file.Content).TrimStart('\uFEFF')));
                }
                catch (DecoderFallbackException)
                {
                    return Reject($"“{file.FileName}” 不是 UTF-8 文本，不是 YAML 文件 ({file.FileName} is not UTF-8 text)");
                }
            }

            source = new BankSource(texts);
        }

        return await CheckAsync(source, code, actor, origin);
    }

    /// <summary>
    /// Drafts the next version from the web: the latest published version as one <c>bank.yaml</c>, less the items an author
    /// has retired (item analysis, <see cref="ItemMarks.Retirement"/>) and their mentions as enemies. Kept as the draft and
    /// checked like an upload; null when the bank has no published version.
    /// </summary>
    public async Task<BankUploadOutcome?> DraftNextAsync(string code, string actor, CancellationToken cancellationToken)
    {
        if (!IsBankCode(code) || await library.PublishedVersionsAsync(code) is not { Count: > 0 } versions
            || await library.FindBankAsync(code, versions[^1]) is not { } latest)
        {
            return null;
        }

        var retired = (await marks.CurrentAsync(code, cancellationToken)).Where(m => m.Mark == ItemMarks.Retirement).Select(m => m.ItemId).ToHashSet(StringComparer.Ordinal);
        var items = latest.Items.Where(i => !retired.Contains(i.Id)).Select(i => i with { Enemies = i.Enemies.Where(e => !retired.Contains(e)).ToList() }).ToList();
        // No level catalogue of its own: the check reads catalogue.yaml beside the banks, as for an upload of the source; a
        // catalogue written into the file as well would be read twice and the occupation would seem changed.
        var next = new Bank([], latest.Rules, latest.Occupation, latest.Nodes, latest.Elements, latest.Weights, items, latest.Tasks, latest.Blueprints)
        {
            LintRules = latest.LintRules,
        };
        var left = latest.Items.Count - items.Count;
        var yaml = BankYamlWriter.Write(next, $"{code}: drafted on the web from version {versions[^1]}, {left} retired item(s) left out");
        return await CheckAsync(new BankSource([new BankFile(BankManifest.BankFileName, yaml)]), code, actor,
            $"第 {versions[^1]} 版（停用 {left} 道）");
    }

    /// <summary>Checks the bank's current draft again (as after its upload), without saving anything.</summary>
    public async Task<BankCheck?> CheckDraftAsync(string code)
    {
        if (!IsBankCode(code) || (await grains.GetGrain<IBankShelfGrain>(code).GetDraftFilesAsync()).ToSource() is not { Files.Count: > 0 } source)
        {
            return null;
        }

        var loaded = source.Load(library.BankRoot);
        return loaded.Bank is null ? null : await CheckAsync(code, loaded, saved: true);
    }

    /// <summary>Publishes the bank's current draft (refused with every problem, keeping nothing).</summary>
    public async Task<BankPublishReply> PublishAsync(string code, string actor)
    {
        var reply = await grains.GetGrain<IBankShelfGrain>(code).PublishAsync(actor);
        return reply with { Problems = ProblemLists.Capped(reply.Problems) };
    }

    /// <summary>The changes between two published versions; null with the reason when either is not published.</summary>
    public async Task<(BankDiffReport? Report, string? Problem)> DiffAsync(string code, int from, int to)
    {
        if (!IsBankCode(code))
        {
            return (null, "题库编码格式不正确 (malformed bank code)");
        }

        var banks = new List<Bank>();
        foreach (var version in new[] { from, to })
        {
            if (await library.FindBankAsync(code, version) is not { } bank)
            {
                return (null, $"题库 {code} 没有已发布的第 {version} 版 (bank {code} has no published version {version})");
            }

            banks.Add(bank);
        }

        var changes = BankDiff.Compare(banks[0], banks[1]).Select(BankChangeLine.From).ToList();
        return (BankDiffReport.Of(code, from, to, changes), null);
    }

    /// <summary>A published version's <c>bank.yaml</c> or <c>manifest.yaml</c>; null when there is no such version or file.</summary>
    public async Task<string?> DownloadAsync(string code, int version, string file)
    {
        if (!IsBankCode(code) || file is not (BankManifest.BankFileName or BankManifest.FileName))
        {
            return null;
        }

        return library.ShippedText(code, version, file) is { } shipped
            ? shipped
            : await grains.GetGrain<IPublishedBankGrain>(ExamLibrary.StoredKey(code, version)).GetAsync() is { } record
                ? file == BankManifest.BankFileName ? record.BankYaml : record.ManifestYaml
                : null;
    }

    /// <summary>Whether a text can be a bank code (an occupation code such as 4-10-01-06, or ZX-MYHL).</summary>
    public static bool IsBankCode(string? code) =>
        code is { Length: > 0 and <= 40 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private async Task<BankUploadOutcome> CheckAsync(BankSource source, string? expectedCode, string actor, string origin)
    {
        var loaded = source.Load(library.BankRoot);
        var problems = loaded.Problems.Select(p => p.ToInfo()).ToList();
        if (loaded.Bank is not { } bank)
        {
            return Reject("题库无法读取（缺少 occupation.yaml 或格式错误），未保存 (the bank does not load; nothing was saved)", problems);
        }

        var code = bank.Occupation.Code;
        if (expectedCode is not null && expectedCode != code)
        {
            return Reject($"上传的是题库 {code}，不是所选的 {expectedCode} (the upload is bank {code}, not {expectedCode})", problems);
        }

        if (!IsBankCode(code))
        {
            return Reject($"职业编码 {code} 不能用作题库编码 (the occupation code cannot name a bank)", problems);
        }

        var saved = await grains.GetGrain<IBankShelfGrain>(code).SaveDraftAsync(new BankDraftUpload(source.ToContract(), actor, origin));
        if (!saved.Accepted)
        {
            return Reject(saved.Refusal ?? "", problems);
        }

        return new BankUploadOutcome.Checked(await CheckAsync(code, loaded, saved: true));
    }

    private async Task<BankCheck> CheckAsync(string code, BankLoadResult loaded, bool saved)
    {
        var bank = loaded.Bank!;
        var versions = await library.PublishedVersionsAsync(code);
        var earlier = new List<(int Version, BankLoadResult Loaded)>();
        foreach (var version in versions)
        {
            earlier.Add((version, await library.FindBankAsync(code, version) is { } published
                ? new BankLoadResult(published, [])
                : new BankLoadResult(null, [new(ProblemSeverity.Error, BankRules.Manifest, new SourceLocation($"{code}/versions/{version}", 0),
                    $"第 {version} 版无法读取或与发布清单不符 (version {version} cannot be read or fails its manifest)")])));
        }

        // The same rules publication applies (BankVersions.Freeze), so the page says before the button whether it will work.
        var freeze = BankVersions.Freeze(loaded, earlier, ChinaTime.Today(clock));
        var problems = loaded.Problems.ToList();
        if (freeze is FreezeOutcome.Refused refused)
        {
            problems.AddRange(refused.Problems.Where(p => !problems.Contains(p)));
        }

        var latest = versions.Count == 0 ? 0 : versions[^1];
        var diff = latest == 0
            ? null
            : BankDiffReport.Of(code, latest, 0, BankDiff.Compare((await library.FindBankAsync(code, latest))!, bank).Select(BankChangeLine.From).ToList());
        return new BankCheck(code, bank.Occupation.Name, saved, freeze is FreezeOutcome.Frozen, bank.Items.Count, bank.Tasks.Count, bank.Blueprints.Count,
            latest + 1, ProblemLists.Capped(problems.OrderBy(p => p.Severity).ThenBy(p => p.Location.File, StringComparer.Ordinal).ThenBy(p => p.Location.Line).Select(p => p.ToInfo()).ToList()),
            diff);
    }

    private async Task<BankSource> DraftOrShippedAsync(string code)
    {
        if ((await grains.GetGrain<IBankShelfGrain>(code).GetDraftFilesAsync()).ToSource() is { Files.Count: > 0 } draft)
        {
            return draft;
        }

        var folder = Path.Combine(library.BankRoot, code);
        return new BankSource(BankLoader.ReadTree(folder).Select(f => f with { Path = Path.GetRelativePath(folder, f.Path).Replace('\\', '/') }));
    }

    private static string UniquePath(List<BankFile> taken, string name)
    {
        // Files chosen one by one arrive without their folders, and items/ tasks/ syllabus/ reuse names: keep each.
        var path = name.Replace('\\', '/').TrimStart('/');
        for (var n = 2; taken.Any(f => f.Path == path); n++)
        {
            path = $"{Path.GetFileNameWithoutExtension(name)} ({n.ToString(CultureInfo.InvariantCulture)}){Path.GetExtension(name)}";
        }

        return path;
    }

    private static DateOnly? PublishedOn(string? manifest) =>
        manifest is not null && BankManifest.Read(new BankFile(BankManifest.FileName, manifest), new List<BankProblem>()) is { } read ? read.Published : null;

    private static BankUploadOutcome.Rejected Reject(string reason, IReadOnlyList<BankProblemInfo>? problems = null) => new(reason, ProblemLists.Capped(problems ?? []));
}
