using System.Collections.Concurrent;
using CertEngine.Domain.Papers;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tracks;
using Microsoft.Extensions.Options;

namespace CertEngine.Grains.Library;

/// <summary>
/// The published, immutable exam content the grains draw from: bank versions, paper plans and track data, each loaded
/// once and shared. Only published versions are reachable here, so no paper can come from a draft or an edited bank.
/// </summary>
public sealed class ExamLibrary(IOptions<ExamLibraryOptions> options)
{
    private readonly ConcurrentDictionary<(string BankId, int Version), Lazy<BankLoadResult>> _banks = new();
    private readonly ConcurrentDictionary<(string BankId, int Version, int? Level, string? WorkType), Lazy<PaperPlanResult>> _plans = new();
    private readonly ConcurrentDictionary<(TrackKey Key, int Version), Lazy<TrackOutcome>> _trackOutcomes = new();
    private readonly Lazy<TrackCatalogueLoadResult> _tracks = new(() => TrackCatalogue.Load(options.Value.TracksRoot));

    /// <summary>A published bank version, or <see langword="null"/> when it does not exist or fails its manifest.</summary>
    public Bank? FindBank(string bankId, int version)
    {
        var result = _banks.GetOrAdd((bankId, version), key => new Lazy<BankLoadResult>(() =>
            BankVersions.LoadPublished(Path.Combine(options.Value.BankRoot, key.BankId, BankLoader.VersionsDirectory, key.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))))).Value;
        return result.IsValid ? result.Bank : null;
    }

    /// <summary>
    /// Reads a published version from disk afresh (never from the cache) and checks every file against its manifest,
    /// so an item edited after publication is found even while an earlier, verified copy is loaded.
    /// </summary>
    public BankPublication VerifyPublication(string bankId, int version)
    {
        var directory = Path.Combine(options.Value.BankRoot, bankId, BankLoader.VersionsDirectory, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var manifest = Path.Combine(directory, BankManifest.FileName);
        var hash = File.Exists(manifest) ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(manifest))) : null;
        var problems = BankVersions.LoadPublished(directory).Problems
            .Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => p.ToString())
            .ToList();
        return new BankPublication(bankId, version, hash, problems);
    }

    /// <summary>The published version numbers of a bank, ascending.</summary>
    public IReadOnlyList<int> PublishedVersions(string bankId)
    {
        var directory = Path.Combine(options.Value.BankRoot, bankId);
        return Directory.Exists(directory) ? BankVersions.List(directory).Select(v => v.Version).ToList() : [];
    }

    /// <summary>The paper plan of a bank version's theory blueprint for a level and 工种 (a null level for a 专项).</summary>
    public PaperPlanResult Plan(string bankId, int version, int? level, string? workType) =>
        _plans.GetOrAdd((bankId, version, level, workType), key => new Lazy<PaperPlanResult>(() =>
        {
            if (FindBank(key.BankId, key.Version) is not { } bank)
            {
                return new PaperPlanResult.Refused([$"题库 {key.BankId} 第 {key.Version} 版未发布 (bank version not published)"]);
            }

            // A 专项's blueprints carry no level: FindBlueprint files them under Occupation.SpecialtyLevel.
            var blueprint = bank.FindBlueprint(key.Level, key.WorkType, BlueprintMode.Theory);
            return blueprint is null
                ? new PaperPlanResult.Refused([$"题库 {key.BankId} 第 {key.Version} 版没有{(key.Level is { } digit ? bank.LevelName(digit) : "专项")}理论组卷方案 (no theory blueprint)"])
                : PaperPlan.Create(bank, key.BankId, key.Version, blueprint);
        })).Value;

    /// <summary>The practical blueprint of a bank version for a level and 工种 (a null level for a 专项), if any.</summary>
    public static Blueprint? PracticalBlueprint(Bank bank, int? level, string? workType) =>
        bank.FindBlueprint(level, workType, BlueprintMode.Practical);

    /// <summary>Builds a track on a published bank version from the track data, once per key and version.</summary>
    public TrackOutcome CreateTrack(TrackKey key, int bankVersion) =>
        _trackOutcomes.GetOrAdd((key, bankVersion), k => new Lazy<TrackOutcome>(() => BuildTrack(k.Key, k.Version))).Value;

    private TrackOutcome BuildTrack(TrackKey key, int bankVersion)
    {
        var tracks = _tracks.Value;
        if (tracks.Catalogue is not { } catalogue)
        {
            return new TrackOutcome.Refused("认定方案数据有误 (track data invalid): " + string.Join("; ", tracks.Problems.Select(p => p.ToString())));
        }

        return FindBank(key.OccupationCode, bankVersion) is { } bank
            ? catalogue.Create(key, bank, key.OccupationCode, bankVersion)
            : new TrackOutcome.Refused($"题库 {key.OccupationCode} 第 {bankVersion} 版未发布 (bank version {bankVersion} is not published)");
    }
}
