using CertEngine.Domain.Certificates;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Scoring;

namespace CertEngine.Domain.Tracks;

/// <summary>
/// The tracks data (<c>tracks/</c>: one file per occupation or 专项, plus optional <c>defaults.yaml</c>), and the
/// builder of <see cref="Track"/>s from it and a loaded, published <see cref="Bank"/>. docs/tracks.md describes the files.
/// </summary>
public sealed class TrackCatalogue
{
    private readonly TrackDefaults _defaults;
    private readonly Dictionary<string, OccupationTrackSettings> _occupations;

    private TrackCatalogue(TrackDefaults defaults, IEnumerable<OccupationTrackSettings> occupations)
    {
        _defaults = defaults;
        _occupations = occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);
    }

    /// <summary>The occupation and 专项 codes the data covers, in ordinal order.</summary>
    public IReadOnlyList<string> OccupationCodes => _occupations.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Loads every <c>*.yaml</c>/<c>*.yml</c> file directly in <paramref name="tracksDirectory"/>. A missing directory is
    /// reported as a problem. Problems format as <c>file:line: message</c>; the catalogue is null when any is an error.
    /// </summary>
    public static TrackCatalogueLoadResult Load(string tracksDirectory)
    {
        if (!Directory.Exists(tracksDirectory))
        {
            return new TrackCatalogueLoadResult(null,
                [new BankProblem(ProblemSeverity.Error, BankRules.MissingField, new SourceLocation(tracksDirectory, 0), "找不到 tracks 目录 (tracks directory not found)")]);
        }

        var files = Directory.EnumerateFiles(tracksDirectory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new BankFile(f, File.ReadAllText(f)));
        return Read(files);
    }

    /// <summary>Reads tracks files already in memory; the paths are only used in messages.</summary>
    public static TrackCatalogueLoadResult Read(IEnumerable<BankFile> files)
    {
        var problems = new List<BankProblem>();
        var reader = new TrackCatalogueReader(problems);
        reader.Read(files);
        var catalogue = problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : new TrackCatalogue(reader.Defaults, reader.Occupations);
        return new TrackCatalogueLoadResult(catalogue, problems);
    }

    /// <summary>
    /// Every track the bank supports: for each of its occupation's levels, one per 工种 (or one without 工种 where the level
    /// has none), in the order the bank lists them; or the single 专项 key when the bank is a 专项 考核规范 or the data
    /// marks the code as a 专项.
    /// </summary>
    public IReadOnlyList<TrackKey> KeysFor(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var occupation = bank.Occupation;
        if (occupation.IsSpecialty || _occupations.GetValueOrDefault(occupation.Code) is { IsSpecialty: true })
        {
            return [TrackKey.Specialty(occupation.Code)];
        }

        var keys = new List<TrackKey>();
        foreach (var level in occupation.Levels)
        {
            var workTypes = occupation.WorkTypes.GetValueOrDefault(level) ?? [];
            keys.AddRange(workTypes.Count == 0 ? [new TrackKey(occupation.Code, null, level)] : workTypes.Select(w => new TrackKey(occupation.Code, w, level)));
        }

        return keys;
    }

    /// <summary>
    /// Builds the track <paramref name="key"/> drawing from published version <paramref name="bankVersion"/> of bank
    /// <paramref name="bankId"/>. Refused, with the reason, when the key's occupation is not the bank's or has no tracks
    /// data, the level is not one the occupation has, the 工种 is missing, not allowed or not wanted, a component's
    /// minutes fall below the standard's, the data sets a component the level does not have, or the level has no
    /// eligibility rule set. For a 专项 (<see cref="TrackKey.Specialty"/>): refused when the bank is a 专项 but the data is
    /// not marked <c>specialty: true</c>, the data shortens a component below the bank's 考核规范 or sets one it lacks,
    /// or neither gives a component's minutes and pass mark.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="bankId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="bankVersion"/> is below 1.</exception>
    public TrackOutcome Create(TrackKey key, Bank bank, string bankId, int bankVersion)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentException.ThrowIfNullOrWhiteSpace(bankId);
        ArgumentOutOfRangeException.ThrowIfLessThan(bankVersion, 1);
        var occupation = bank.Occupation;
        if (key.OccupationCode != occupation.Code)
        {
            return Refuse($"认定项目 {key} 的职业代码与题库 {occupation.Code}（{occupation.Name}）不符 (the track's occupation is not the bank's)");
        }

        if (_occupations.GetValueOrDefault(key.OccupationCode) is not { } settings)
        {
            return Refuse($"tracks 数据中没有 {key.OccupationCode}（{occupation.Name}）的设置 (no tracks data for occupation {key.OccupationCode})");
        }

        if (settings.IsSpecialty != key.IsSpecialty)
        {
            return Refuse(settings.Location, settings.IsSpecialty
                ? $"{key.OccupationCode} 是专项职业能力考核，没有等级，应写作 {TrackKey.Specialty(key.OccupationCode)} ({key.OccupationCode} is a 专项 without levels)"
                : $"{key.OccupationCode}（{occupation.Name}）不是专项职业能力考核，须指明等级 ({key.OccupationCode} is not a 专项; name a level)");
        }

        if (bank.Occupation.IsSpecialty && !settings.IsSpecialty)
        {
            return Refuse(settings.Location, $"题库 {occupation.Code} 是专项职业能力考核规范，tracks 数据应写 specialty: true (the bank is a 专项; mark its tracks data specialty: true)");
        }

        return key.Level is { } level ? CreateLevel(key, level, bank, settings, bankId, bankVersion) : CreateSpecialty(key, bank, settings, bankId, bankVersion);
    }

    private TrackOutcome CreateLevel(TrackKey key, int level, Bank bank, OccupationTrackSettings settings, string bankId, int bankVersion)
    {
        var occupation = bank.Occupation;
        var levelName = bank.LevelName(level);
        if (!occupation.Levels.Contains(level))
        {
            return Refuse($"{occupation.Name}没有{EligibilityRequirement.LevelName(level)}，可认定等级为 {string.Join("、", occupation.Levels.Select(bank.LevelName))} ({occupation.Name} has no level {level})");
        }

        var workTypes = occupation.WorkTypes.GetValueOrDefault(level) ?? [];
        if (workTypes.Count > 0 && key.WorkType is null)
        {
            return Refuse($"{occupation.Name}{levelName}须指定一个工种：{string.Join("、", workTypes)} (level {level} requires one 工种)");
        }

        if (workTypes.Count > 0 && !workTypes.Contains(key.WorkType!, StringComparer.Ordinal))
        {
            return Refuse($"{occupation.Name}{levelName}没有工种「{key.WorkType}」，可选：{string.Join("、", workTypes)} (level {level} has no 工种 '{key.WorkType}')");
        }

        if (workTypes.Count == 0 && key.WorkType is not null)
        {
            return Refuse($"{occupation.Name}{levelName}不分工种，不能指定「{key.WorkType}」 (level {level} has no 工种)");
        }

        if (!settings.EligibilityByLevel.TryGetValue(level, out var eligibility))
        {
            return Refuse(settings.Location, $"tracks 数据中没有 {occupation.Name}{levelName}的申报条件 (no eligibility rule set for level {level})");
        }

        var standard = occupation.Components.GetValueOrDefault(level) ?? [];
        if (standard.Count == 0)
        {
            return Refuse($"题库未列出{levelName}的考核科目 (the bank lists no components for level {level})");
        }

        var components = new List<TrackComponent>();
        foreach (var spec in standard.OrderBy(s => s.Kind))
        {
            var layers = settings.Components.Where(c => c.Kind == spec.Kind && (c.Level is null || c.Level == level)).OrderBy(c => c.Level is not null).ToList();
            var minutes = layers.LastOrDefault(l => l.Minutes is not null)?.Minutes ?? spec.Minutes;
            var passMark = layers.LastOrDefault(l => l.PassMark is not null)?.PassMark ?? spec.PassMark;
            if (minutes < spec.Minutes)
            {
                var at = layers.Last(l => l.Minutes is not null).Location;
                return Refuse(at, $"{at}: {levelName}{KindName(spec.Kind)}时长 {minutes} 分钟低于标准规定的 {spec.Minutes} 分钟 (the {spec.Kind} component's {minutes} minutes fall below the standard's {spec.Minutes})");
            }

            var scoring = _defaults.ScoringFor(spec.Kind);
            foreach (var layer in layers.Where(l => l.Scoring is not null))
            {
                scoring = layer.Scoring!.ApplyTo(scoring!);
            }

            components.Add(new TrackComponent(spec.Kind, minutes, passMark, scoring));
        }

        if (settings.Components.FirstOrDefault(c => c.Level == level && standard.All(s => s.Kind != c.Kind)) is { } stray)
        {
            return Refuse(stray.Location, $"{stray.Location}: {levelName}没有{KindName(stray.Kind)}，数据却设置了它 (the data sets a {stray.Kind} component that level {level} does not have)");
        }

        var title = key.WorkType is { } workType ? $"{occupation.Name}（{workType}）{levelName}" : $"{occupation.Name}{levelName}";
        return new TrackOutcome.Created(new Track(key, title, occupation.Name, levelName, bankId, bankVersion, components, eligibility,
            settings.Retake ?? _defaults.Retake, settings.MultipleChoice ?? _defaults.MultipleChoice, CertificateKind.SkillLevel)
        {
            Staffing = Staffing(settings),
            ExtraTime = settings.ExtraTime ?? _defaults.ExtraTime,
        });
    }

    /// <summary>
    /// A 专项's components come from its bank's 考核规范 (minutes and pass mark as minimum and default), with the data
    /// layered on top as for a level; a bank that describes none leaves the data to set each component in full.
    /// </summary>
    private TrackOutcome CreateSpecialty(TrackKey key, Bank bank, OccupationTrackSettings settings, string bankId, int bankVersion)
    {
        if (settings.SpecialtyEligibility is not { } eligibility)
        {
            return Refuse(settings.Location, $"tracks 数据中没有专项 {settings.Name} 的申报条件 (no eligibility rule set for the 专项)");
        }

        var standard = bank.Occupation.ComponentsFor(null);
        var components = new List<TrackComponent>();
        foreach (var data in settings.Components.OrderBy(c => c.Kind))
        {
            var spec = standard.FirstOrDefault(s => s.Kind == data.Kind);
            if (spec is null && standard.Count > 0)
            {
                return Refuse(data.Location, $"{data.Location}: 专项考核规范没有{KindName(data.Kind)}，数据却设置了它 (the data sets a {data.Kind} component the 专项's 考核规范 does not have)");
            }

            if ((data.Minutes ?? spec?.Minutes) is not { } minutes || (data.PassMark ?? spec?.PassMark) is not { } passMark)
            {
                return Refuse(data.Location, $"{data.Location}: 专项的{KindName(data.Kind)}须写 minutes 和 pass-mark（题库未给出） (the bank gives no minutes or pass mark for this component; the data must)");
            }

            if (spec is not null && minutes < spec.Minutes)
            {
                return Refuse(data.Location, $"{data.Location}: 专项{KindName(data.Kind)}时长 {minutes} 分钟低于考核规范规定的 {spec.Minutes} 分钟 (the {data.Kind} component's {minutes} minutes fall below the 规范's {spec.Minutes})");
            }

            components.Add(new TrackComponent(data.Kind, minutes, passMark, Scoring(data.Kind, data.Scoring)));
        }

        components.AddRange(standard.Where(s => components.All(c => c.Kind != s.Kind))
            .Select(s => new TrackComponent(s.Kind, s.Minutes, s.PassMark, Scoring(s.Kind, null))));
        if (components.Count == 0)
        {
            return Refuse(settings.Location, $"专项 {settings.Name} 没有设置考核科目 (the 专项 sets no components)");
        }

        return new TrackOutcome.Created(new Track(key, $"{settings.Name}（专项职业能力）", settings.Name, null, bankId, bankVersion,
            components.OrderBy(c => c.Kind).ToList(), eligibility, settings.Retake ?? _defaults.Retake, settings.MultipleChoice ?? _defaults.MultipleChoice,
            CertificateKind.Specialty)
        {
            Staffing = Staffing(settings),
            ExtraTime = settings.ExtraTime ?? _defaults.ExtraTime,
        });
    }

    /// <summary>The code defaults, then <c>defaults.yaml</c>, then the occupation's own <c>staffing:</c>.</summary>
    private StaffingRule Staffing(OccupationTrackSettings settings) => settings.Staffing?.ApplyTo(_defaults.Staffing) ?? _defaults.Staffing;

    private PracticalPolicy? Scoring(ComponentKind kind, ScoringSettings? data) =>
        _defaults.ScoringFor(kind) is { } scoring ? data?.ApplyTo(scoring) ?? scoring : null;

    private static string KindName(ComponentKind kind) => kind switch
    {
        ComponentKind.Theory => "理论知识考试",
        ComponentKind.Practical => "操作技能考核",
        _ => "综合评审",
    };

    private static TrackOutcome.Refused Refuse(string reason) => new(reason);

    private static TrackOutcome.Refused Refuse(SourceLocation at, string reason) => new(reason) { At = at };
}
