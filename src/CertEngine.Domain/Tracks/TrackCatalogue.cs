using System.Globalization;
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
            return Refuse(Refused.Of(CatalogueRefusal.OccupationMismatch, key, occupation.Code, occupation.Name));
        }

        if (_occupations.GetValueOrDefault(key.OccupationCode) is not { } settings)
        {
            return Refuse(Refused.Of(CatalogueRefusal.NoTracksData, key.OccupationCode, occupation.Name));
        }

        if (settings.IsSpecialty != key.IsSpecialty)
        {
            return Refuse(settings.Location, settings.IsSpecialty
                ? Refused.Of(CatalogueRefusal.SpecialtyHasNoLevel, key.OccupationCode, TrackKey.Specialty(key.OccupationCode))
                : Refused.Of(CatalogueRefusal.LevelRequired, key.OccupationCode, occupation.Name));
        }

        if (bank.Occupation.IsSpecialty && !settings.IsSpecialty)
        {
            return Refuse(settings.Location, Refused.Of(CatalogueRefusal.DataNotMarkedSpecialty, occupation.Code));
        }

        return key.Level is { } level ? CreateLevel(key, level, bank, settings, bankId, bankVersion) : CreateSpecialty(key, bank, settings, bankId, bankVersion);
    }

    private TrackOutcome CreateLevel(TrackKey key, int level, Bank bank, OccupationTrackSettings settings, string bankId, int bankVersion)
    {
        var occupation = bank.Occupation;
        var levelName = bank.LevelName(level);
        if (!occupation.Levels.Contains(level))
        {
            return Refuse(Refused.Of(CatalogueRefusal.NoSuchLevel, occupation.Name, "Level" + level.ToString(CultureInfo.InvariantCulture), string.Join(",", occupation.Levels.Select(bank.LevelName))));
        }

        var workTypes = occupation.WorkTypes.GetValueOrDefault(level) ?? [];
        if (workTypes.Count > 0 && key.WorkType is null)
        {
            return Refuse(Refused.Of(CatalogueRefusal.WorkTypeRequired, occupation.Name, levelName, string.Join(",", workTypes)));
        }

        if (workTypes.Count > 0 && !workTypes.Contains(key.WorkType!, StringComparer.Ordinal))
        {
            return Refuse(Refused.Of(CatalogueRefusal.NoSuchWorkType, occupation.Name, levelName, key.WorkType!, string.Join(",", workTypes)));
        }

        if (workTypes.Count == 0 && key.WorkType is not null)
        {
            return Refuse(Refused.Of(CatalogueRefusal.NoWorkTypes, occupation.Name, levelName, key.WorkType!));
        }

        if (!settings.EligibilityByLevel.TryGetValue(level, out var eligibility))
        {
            return Refuse(settings.Location, Refused.Of(CatalogueRefusal.NoRuleSet, occupation.Name, levelName));
        }

        var standard = occupation.Components.GetValueOrDefault(level) ?? [];
        if (standard.Count == 0)
        {
            return Refuse(Refused.Of(CatalogueRefusal.NoComponents, levelName));
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
                return Refuse(at, Refused.Of(CatalogueRefusal.ComponentTooShort, levelName, spec.Kind, minutes, spec.Minutes));
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
            return Refuse(stray.Location, Refused.Of(CatalogueRefusal.StrayComponent, levelName, stray.Kind));
        }

        var title = key.WorkType is { } workType ? $"{occupation.Name}（{workType}）{levelName}" : $"{occupation.Name}{levelName}";
        return new TrackOutcome.Created(new Track(key, title, occupation.Name, levelName, bankId, bankVersion, components, eligibility,
            settings.Retake ?? _defaults.Retake, settings.MultipleChoice ?? _defaults.MultipleChoice, CertificateKind.SkillLevel)
        {
            Staffing = Staffing(settings),
            ExtraTime = settings.ExtraTime ?? _defaults.ExtraTime,
            Publicity = settings.Publicity ?? _defaults.Publicity,
            Supervision = settings.Supervision ?? _defaults.Supervision,
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
            return Refuse(settings.Location, Refused.Of(CatalogueRefusal.SpecialtyNoRuleSet, settings.Name));
        }

        var standard = bank.Occupation.ComponentsFor(null);
        var components = new List<TrackComponent>();
        foreach (var data in settings.Components.OrderBy(c => c.Kind))
        {
            var spec = standard.FirstOrDefault(s => s.Kind == data.Kind);
            if (spec is null && standard.Count > 0)
            {
                return Refuse(data.Location, Refused.Of(CatalogueRefusal.SpecialtyStrayComponent, data.Kind));
            }

            if ((data.Minutes ?? spec?.Minutes) is not { } minutes || (data.PassMark ?? spec?.PassMark) is not { } passMark)
            {
                return Refuse(data.Location, Refused.Of(CatalogueRefusal.SpecialtyComponentUnset, data.Kind));
            }

            if (spec is not null && minutes < spec.Minutes)
            {
                return Refuse(data.Location, Refused.Of(CatalogueRefusal.SpecialtyComponentTooShort, data.Kind, minutes, spec.Minutes));
            }

            components.Add(new TrackComponent(data.Kind, minutes, passMark, Scoring(data.Kind, data.Scoring)));
        }

        components.AddRange(standard.Where(s => components.All(c => c.Kind != s.Kind))
            .Select(s => new TrackComponent(s.Kind, s.Minutes, s.PassMark, Scoring(s.Kind, null))));
        if (components.Count == 0)
        {
            return Refuse(settings.Location, Refused.Of(CatalogueRefusal.SpecialtyNoComponents, settings.Name));
        }

        return new TrackOutcome.Created(new Track(key, $"{settings.Name}（专项职业能力）", settings.Name, null, bankId, bankVersion,
            components.OrderBy(c => c.Kind).ToList(), eligibility, settings.Retake ?? _defaults.Retake, settings.MultipleChoice ?? _defaults.MultipleChoice,
            CertificateKind.Specialty)
        {
            Staffing = Staffing(settings),
            ExtraTime = settings.ExtraTime ?? _defaults.ExtraTime,
            Publicity = settings.Publicity ?? _defaults.Publicity,
            Supervision = settings.Supervision ?? _defaults.Supervision,
        });
    }

    /// <summary>The code defaults, then <c>defaults.yaml</c>, then the occupation's own <c>staffing:</c>.</summary>
    private StaffingRule Staffing(OccupationTrackSettings settings) => settings.Staffing?.ApplyTo(_defaults.Staffing) ?? _defaults.Staffing;

    private PracticalPolicy? Scoring(ComponentKind kind, ScoringSettings? data) =>
        _defaults.ScoringFor(kind) is { } scoring ? data?.ApplyTo(scoring) ?? scoring : null;

    private static TrackOutcome.Refused Refuse(Refused<CatalogueRefusal> why) => new(why);

    private static TrackOutcome.Refused Refuse(SourceLocation at, Refused<CatalogueRefusal> why) => new(why) { At = at };
}
