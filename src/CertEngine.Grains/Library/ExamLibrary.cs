using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts.Banks;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
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
/// <remarks>
/// A version comes from one of two places: shipped on disk under <see cref="ExamLibraryOptions.BankRoot"/> (read-only),
/// or published from the web and kept in grain storage (<see cref="IPublishedBankGrain"/>), which every silo of a cluster
/// shares. Every lookup is asynchronous and loads what it needs first, so a version another silo published is found on
/// this one too. Only successful loads are cached: a version not found is looked for again next time. Track rules are
/// versioned the same way: the shipped <c>tracks/</c> folder is rules version 0 of every code, and versions published
/// from the web (<see cref="ITrackRulesGrain"/>) are fetched as needed; a track is built from a bank version and a rules
/// version. Reading and checking a version's YAML takes up to seconds, so it runs once per version and silo on the thread
/// pool: never inside a grain's turn, where it would hold the grain and one of the scheduler's few threads.
/// </remarks>
public sealed class ExamLibrary(IOptions<ExamLibraryOptions> options, IGrainFactory grains, ILogger<ExamLibrary> logger)
{
    private readonly ConcurrentDictionary<(string BankId, int Version), Lazy<BankLoadResult>> _banks = new();
    private readonly ConcurrentDictionary<(string BankId, int Version), (PublishedBankRecord Record, BankLoadResult Loaded)> _stored = new();
    private readonly ConcurrentDictionary<(string BankId, int Version), Lazy<Task<bool>>> _storedLoads = new();
    private readonly ConcurrentDictionary<(string BankId, int Version, int? Level, string? WorkType), Lazy<PaperPlanResult>> _plans = new();
    private readonly ConcurrentDictionary<(TrackKey Key, int BankVersion, int RulesVersion), Lazy<TrackOutcome>> _trackOutcomes = new();
    private readonly ConcurrentDictionary<(string Code, int Version), (TrackRulesRecord Record, TrackCatalogue Catalogue)> _rules = new();
    private readonly Lazy<TrackCatalogueLoadResult> _tracks = new(() => TrackCatalogue.Load(options.Value.TracksRoot));
    private readonly Lazy<IReadOnlyList<BankFile>> _shippedTrackFiles = new(() => ReadTrackFiles(options.Value.TracksRoot));

    /// <summary>The shipped banks root (read-only): catalogue, modules, sources and their shipped versions.</summary>
    public string BankRoot => options.Value.BankRoot;

    /// <summary>A published bank version, or <see langword="null"/> when it does not exist or fails its manifest.</summary>
    public async Task<Bank?> FindBankAsync(string bankId, int version) => await EnsureAsync(bankId, version) ? FindBank(bankId, version) : null;

    /// <summary>
    /// Checks a published version afresh against its manifest (<see cref="VerifyPublication"/>): a shipped one from disk,
    /// a stored one from its texts and the hashes stored at publication.
    /// </summary>
    public async Task<BankPublication> VerifyPublicationAsync(string bankId, int version)
    {
        await EnsureAsync(bankId, version);

        // Reads and checks every text afresh: off the caller's turn, like a load.
        return await Task.Run(() => VerifyPublication(bankId, version));
    }

    /// <summary>The paper plan of a bank version's theory blueprint for a level and 工种 (a null level for a 专项).</summary>
    public async Task<PaperPlanResult> PlanAsync(string bankId, int version, int? level, string? workType)
    {
        await EnsureAsync(bankId, version);
        return Plan(bankId, version, level, workType);
    }

    /// <summary>
    /// Builds a track on a published bank version from a version of its code's track rules (0 = the shipped folder), once
    /// per key, bank version and rules version on this silo.
    /// </summary>
    public async Task<TrackOutcome> CreateTrackAsync(TrackKey key, int bankVersion, int rulesVersion)
    {
        await EnsureAsync(key.OccupationCode, bankVersion);
        await EnsureRulesAsync(key.OccupationCode, rulesVersion);
        return CreateTrack(key, bankVersion, rulesVersion);
    }

    /// <summary>The tracks data a rules version of a code reads as (the shipped folder for 0), or null when it does not exist.</summary>
    public async Task<TrackCatalogueLoadResult?> TrackDataAsync(string code, int rulesVersion) =>
        await EnsureRulesAsync(code, rulesVersion) ? TrackData(code, rulesVersion) : null;

    /// <summary>The text of a rules version (the shipped <c>&lt;code&gt;.yaml</c> for 0), or null when it does not exist.</summary>
    public async Task<string?> RulesTextAsync(string code, int version) =>
        await EnsureRulesAsync(code, version) ? RulesText(code, version) : null;

    // Every public lookup awaits these first, so no caller can meet a version that is stored but not yet loaded on this
    // silo: a shipped version is read from disk, a stored one fetched from its grain, checked against its stored hashes
    // and manifest, and cached. True when the version exists and is intact. Callers asking for one version at once share
    // its one load; a load that finds nothing (or fails) is forgotten, so the version is looked for again next time.
    private async ValueTask<bool> EnsureAsync(string bankId, int version)
    {
        if (version <= 0 || !IsSafeBankId(bankId))
        {
            return false;
        }

        if (IsShipped(bankId, version))
        {
            var shipped = ShippedLoad(bankId, version);
            var result = shipped.IsValueCreated ? shipped.Value : await Task.Run(() => shipped.Value).ConfigureAwait(false);
            return result.IsValid;
        }

        if (_stored.ContainsKey((bankId, version)))
        {
            return true;
        }

        var key = (bankId, version);
        var load = _storedLoads.GetOrAdd(key, static (k, library) => new Lazy<Task<bool>>(() => library.LoadStoredAsync(k.BankId, k.Version)), this);
        var found = false;
        try
        {
            found = await load.Value.ConfigureAwait(false);
            return found;
        }
        finally
        {
            if (!found)
            {
                _storedLoads.TryRemove(KeyValuePair.Create(key, load));
            }
        }
    }

    // Fetches a stored version and reads it on the thread pool (ConfigureAwait(false): the first caller's grain may be gone
    // before the load ends, and other callers share the task).
    private async Task<bool> LoadStoredAsync(string bankId, int version)
    {
        if (await grains.GetGrain<IPublishedBankGrain>(StoredKey(bankId, version)).GetAsync().ConfigureAwait(false) is not { } record)
        {
            return false;
        }

        var started = Stopwatch.GetTimestamp();
        var loaded = await Task.Run(() => Load(record)).ConfigureAwait(false);
        logger.StoredVersionLoaded(bankId, version, loaded.IsValid, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (loaded.IsValid)
        {
            _stored.TryAdd((bankId, version), (record, loaded));
        }

        return loaded.IsValid;
    }

    private Lazy<BankLoadResult> ShippedLoad(string bankId, int version) =>
        _banks.GetOrAdd((bankId, version), key => new Lazy<BankLoadResult>(() => BankVersions.LoadPublished(VersionDirectory(key.BankId, key.Version))));

    // A published version already loaded on this silo (shipped ones load on first use).
    private Bank? FindBank(string bankId, int version)
    {
        if (IsShipped(bankId, version))
        {
            var result = ShippedLoad(bankId, version).Value;
            return result.IsValid ? result.Bank : null;
        }

        return _stored.TryGetValue((bankId, version), out var stored) ? stored.Loaded.Bank : null;
    }

    // Reads a shipped version from disk afresh (never from the cache) and checks every file against its manifest, so an
    // item edited after publication is found even while an earlier, verified copy is loaded. A stored version (loaded by
    // EnsureAsync) is checked from its texts: their SHA-256 against the hashes stored at publication, and the bank against
    // its manifest.
    private BankPublication VerifyPublication(string bankId, int version)
    {
        if (!IsShipped(bankId, version) && _stored.TryGetValue((bankId, version), out var stored))
        {
            var record = stored.Record;
            var problems = new List<string>();
            if (Sha256(record.BankYaml) != record.BankSha256)
            {
                problems.Add(BankVersions.StoredHashChanged(BankManifest.BankFileName).ToString());
            }

            var manifestHash = Sha256(record.ManifestYaml);
            if (manifestHash != record.Info.ManifestSha256)
            {
                problems.Add(BankVersions.StoredHashChanged(BankManifest.FileName).ToString());
            }

            problems.AddRange(Load(record).Errors.Select(p => p.ToString()));
            return new BankPublication(bankId, version, manifestHash, problems);
        }

        var directory = VersionDirectory(bankId, version);
        var manifest = Path.Combine(directory, BankManifest.FileName);
        var hash = File.Exists(manifest) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))) : null;
        var found = BankVersions.LoadPublished(directory).Problems
            .Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => p.ToString())
            .ToList();
        return new BankPublication(bankId, version, hash, found);
    }

    /// <summary>Every published version number of a bank, shipped and stored (asked of the bank's shelf), ascending.</summary>
    public async Task<IReadOnlyList<int>> PublishedVersionsAsync(string bankId)
    {
        if (!IsSafeBankId(bankId))
        {
            return [];
        }

        var shelf = await grains.GetGrain<IBankShelfGrain>(bankId).GetAsync();
        return ShippedVersions(bankId).Concat(shelf.Versions.Select(v => v.Version)).Distinct().Order().ToList();
    }

    /// <summary>The version numbers shipped on disk for a bank, ascending.</summary>
    public IReadOnlyList<int> ShippedVersions(string bankId)
    {
        var directory = Path.Combine(options.Value.BankRoot, bankId);
        return IsSafeBankId(bankId) && Directory.Exists(directory) ? BankVersions.List(directory).Select(v => v.Version).ToList() : [];
    }

    /// <summary>The text of a shipped version's <c>bank.yaml</c> or <c>manifest.yaml</c>, or null when that version is not shipped.</summary>
    public string? ShippedText(string bankId, int version, string file)
    {
        var path = Path.Combine(VersionDirectory(bankId, version), file);
        return IsShipped(bankId, version) && (file is BankManifest.BankFileName or BankManifest.FileName) && File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The codes of the banks shipped on disk (folders holding <c>occupation.yaml</c> or published versions).</summary>
    public IReadOnlyList<string> ShippedBanks() =>
        Directory.Exists(options.Value.BankRoot)
            ? Directory.EnumerateDirectories(options.Value.BankRoot)
                .Where(d => File.Exists(Path.Combine(d, BankLoader.OccupationFile)) || Directory.Exists(Path.Combine(d, BankLoader.VersionsDirectory)))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    private PaperPlanResult Plan(string bankId, int version, int? level, string? workType)
    {
        if (FindBank(bankId, version) is null)
        {
            // Not cached: a stored version may be loaded later by EnsureAsync.
            return new PaperPlanResult.Refused([$"bank {bankId} v{version}: not published"]);
        }

        return _plans.GetOrAdd((bankId, version, level, workType), key => new Lazy<PaperPlanResult>(() =>
        {
            var bank = FindBank(key.BankId, key.Version)!;

            // A 专项's blueprints carry no level: FindBlueprint files them under Occupation.SpecialtyLevel.
            var blueprint = bank.FindBlueprint(key.Level, key.WorkType, BlueprintMode.Theory);
            return blueprint is null
                ? new PaperPlanResult.Refused([$"bank {key.BankId} v{key.Version}: no theory blueprint for level {key.Level?.ToString(CultureInfo.InvariantCulture) ?? "(specialty)"} {key.WorkType}"])
                : PaperPlan.Create(bank, key.BankId, key.Version, blueprint);
        })).Value;
    }

    /// <summary>The practical blueprint of a bank version for a level and 工种 (a null level for a 专项), if any.</summary>
    public static Blueprint? PracticalBlueprint(Bank bank, int? level, string? workType) =>
        bank.FindBlueprint(level, workType, BlueprintMode.Practical);

    private TrackOutcome CreateTrack(TrackKey key, int bankVersion, int rulesVersion)
    {
        if (FindBank(key.OccupationCode, bankVersion) is null)
        {
            return new TrackOutcome.Refused(Refused.Of(CatalogueRefusal.BankNotPublished, key.OccupationCode, bankVersion));
        }

        if (rulesVersion != 0 && !_rules.ContainsKey((key.OccupationCode, rulesVersion)))
        {
            // Not cached: a stored version may be loaded later by EnsureRulesAsync.
            return new TrackOutcome.Refused(Refused.Of(CatalogueRefusal.NoRulesVersion, key.OccupationCode, rulesVersion));
        }

        return _trackOutcomes.GetOrAdd((key, bankVersion, rulesVersion), k => new Lazy<TrackOutcome>(() => BuildTrack(k.Key, k.BankVersion, k.RulesVersion))).Value;
    }

    // Version 0 (the shipped folder) always exists; a stored one is fetched from the code's ITrackRulesGrain, checked
    // against its stored hash, read with the shipped data, and cached. True when the version exists and reads cleanly.
    private async ValueTask<bool> EnsureRulesAsync(string code, int version)
    {
        if (version == 0)
        {
            return true;
        }

        if (version < 0 || !TrackRulesRevision.IsCode(code))
        {
            return false;
        }

        if (_rules.ContainsKey((code, version)))
        {
            return true;
        }

        if (await grains.GetGrain<ITrackRulesGrain>(code).GetVersionAsync(version) is not { } record || Sha256(record.Yaml) != record.Info.Sha256)
        {
            return false;
        }

        if (TrackRulesRevision.Read(_shippedTrackFiles.Value, code, record.Yaml).Catalogue is not { } catalogue)
        {
            return false;
        }

        _rules.TryAdd((code, version), (record, catalogue));
        return true;
    }

    /// <summary>The shipped tracks folder as read at start: rules version 0 of every code, with its problems.</summary>
    public TrackCatalogueLoadResult ShippedTrackData => _tracks.Value;

    private TrackCatalogueLoadResult? TrackData(string code, int rulesVersion) =>
        rulesVersion == 0 ? _tracks.Value
        : _rules.TryGetValue((code, rulesVersion), out var stored) ? new TrackCatalogueLoadResult(stored.Catalogue, []) : null;

    /// <summary>The newest published rules version of a code (asked of its <see cref="ITrackRulesGrain"/>), or 0 when only the shipped file exists.</summary>
    public async Task<int> NewestRulesVersionAsync(string code) =>
        TrackRulesRevision.IsCode(code) ? (await grains.GetGrain<ITrackRulesGrain>(code).ListAsync()).Select(v => v.Version).DefaultIfEmpty(0).Max() : 0;

    private string? RulesText(string code, int version)
    {
        if (version != 0)
        {
            return _rules.TryGetValue((code, version), out var stored) ? stored.Record.Yaml : null;
        }

        return TrackRulesRevision.IsCode(code)
            ? _shippedTrackFiles.Value.FirstOrDefault(f => Path.GetFileName(f.Path) is var name && (name == code + ".yaml" || name == code + ".yml"))?.Text
            : null;
    }

    /// <summary>
    /// Checks an edited tracks file of a code before it is published (<see cref="TrackRulesRevision.Check"/>): the shipped
    /// data with that file replaced, and every track of the code built on the newest published bank version.
    /// </summary>
    public async Task<TrackRulesCheck> CheckRulesAsync(string code, string text)
    {
        var versions = await PublishedVersionsAsync(code);
        var newest = versions.Count > 0 && await EnsureAsync(code, versions[^1]) ? versions[^1] : 0;
        return TrackRulesRevision.Check(_shippedTrackFiles.Value, code, text, newest > 0 ? FindBank(code, newest) : null, newest);
    }

    /// <summary>The grain key of a stored version: <c>&lt;code&gt;/&lt;version&gt;</c>.</summary>
    public static string StoredKey(string bankId, int version) => $"{bankId}/{version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Lower-case hex SHA-256 of a text's UTF-8 bytes.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Loads a stored version's texts as a published version (checked against its manifest).</summary>
    public static BankLoadResult Load(PublishedBankRecord record) => BankVersions.LoadPublished(
        new BankFile(BankManifest.BankFileName, record.BankYaml), new BankFile(BankManifest.FileName, record.ManifestYaml));

    private TrackOutcome BuildTrack(TrackKey key, int bankVersion, int rulesVersion)
    {
        var tracks = rulesVersion == 0 ? _tracks.Value : new TrackCatalogueLoadResult(_rules[(key.OccupationCode, rulesVersion)].Catalogue, []);
        if (tracks.Catalogue is not { } catalogue)
        {
            return new TrackOutcome.Refused(Refused.Of(CatalogueRefusal.DataInvalid, string.Join("; ", tracks.Problems.Select(p => p.ToString()))));
        }

        return FindBank(key.OccupationCode, bankVersion) is { } bank
            ? catalogue.Create(key, bank, key.OccupationCode, bankVersion)
            : new TrackOutcome.Refused(Refused.Of(CatalogueRefusal.BankNotPublished, key.OccupationCode, bankVersion));
    }

    // The same files TrackCatalogue.Load reads: every *.yaml/*.yml directly in the folder, in ordinal order.
    private static List<BankFile> ReadTrackFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => new BankFile(f, File.ReadAllText(f)))
                .ToList()
            : [];

    private bool IsShipped(string bankId, int version) => IsSafeBankId(bankId) && Directory.Exists(VersionDirectory(bankId, version));

    private string VersionDirectory(string bankId, int version) =>
        Path.Combine(options.Value.BankRoot, bankId, BankLoader.VersionsDirectory, version.ToString(CultureInfo.InvariantCulture));

    // A bank id becomes a folder name: nothing that climbs out of the banks root.
    private static bool IsSafeBankId(string bankId) =>
        bankId.Length is > 0 and <= 40 && bankId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && bankId is not ("." or "..");
}
