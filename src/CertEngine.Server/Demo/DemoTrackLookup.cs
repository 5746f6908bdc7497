using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Domain.Tracks;

namespace CertEngine.Server.Demo;

/// <summary>
/// The track (认定项目) a demo day runs, looked up in the shipped tracks data and the newest shipped version of its bank
/// before the silo starts, so a mistyped key opens no store and names the keys that would run.
/// </summary>
public abstract record DemoTrackLookup
{
    private DemoTrackLookup()
    {
    }

    /// <summary>The track, built from the shipped rules (version 0) on the newest shipped version of its bank.</summary>
    public sealed record Found(Track Track) : DemoTrackLookup;

    /// <summary>No track has that key; <paramref name="Known"/> lists every key a demo day can run, in the data's order.</summary>
    public sealed record Unknown(string Key, IReadOnlyList<string> Known) : DemoTrackLookup;

    /// <summary>The track exists but a day cannot run on it (no published bank, no blueprint for a component): why.</summary>
    public sealed record NotRunnable(string Key, string Reason) : DemoTrackLookup;

    /// <summary>The tracks data does not load: its problems, each <c>file:line: message</c>.</summary>
    public sealed record Broken(IReadOnlyList<string> Problems) : DemoTrackLookup;

    /// <summary>Looks <paramref name="key"/> up under the shipped banks and tracks folders.</summary>
    public static DemoTrackLookup Find(string bankRoot, string tracksRoot, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var loaded = TrackCatalogue.Load(tracksRoot);
        if (loaded.Catalogue is not { } catalogue)
        {
            return new Broken(loaded.Problems.Select(p => p.ToString()).ToList());
        }

        var runnable = new List<string>();
        DemoTrackLookup? found = null;
        foreach (var code in catalogue.OccupationCodes)
        {
            var versions = BankVersions.List(Path.Combine(bankRoot, code));
            var bank = versions.Count > 0 ? BankVersions.LoadPublished(versions[^1].Directory).Bank : null;
            if (bank is null)
            {
                // A key of this code can only be recognised by its spelling: the levels and 工种 come from the bank.
                if (found is null && TrackKey.TryParse(key, out var parsed) && parsed.OccupationCode == code)
                {
                    found = new NotRunnable(key, $"题库 {code} 在 {bankRoot} 下尚无可用的已发布版本 (no usable published version of bank {code})");
                }

                continue;
            }

            foreach (var candidate in catalogue.KeysFor(bank))
            {
                if (catalogue.Create(candidate, bank, code, versions[^1].Version) is not TrackOutcome.Created { Track: var track })
                {
                    continue;
                }

                var refusal = Refusal(track, bank);
                if (refusal is null)
                {
                    runnable.Add(candidate.ToString());
                }

                if (found is null && TrackKey.TryParse(key, out var asked) && asked == candidate)
                {
                    found = refusal is null ? new Found(track) : new NotRunnable(key, refusal);
                }
            }
        }

        return found ?? new Unknown(key, runnable);
    }

    /// <summary>Why the bank cannot serve each component of the track, or null when it can (综合评审 needs no blueprint).</summary>
    private static string? Refusal(Track track, Bank bank)
    {
        var level = track.Key.Level is { } digit ? bank.LevelName(digit) : "专项";
        foreach (var component in track.Components)
        {
            var mode = component.Kind switch
            {
                ComponentKind.Theory => BlueprintMode.Theory,
                ComponentKind.Practical => BlueprintMode.Practical,
                _ => (BlueprintMode?)null,
            };
            if (mode is { } wanted && bank.FindBlueprint(track.Key.Level, track.Key.WorkType, wanted) is null)
            {
                var name = wanted == BlueprintMode.Theory ? "理论" : "技能";
                return $"题库 {track.BankId} 第 {track.BankVersion} 版没有{level}{name}组卷方案 (no {wanted.ToString().ToLowerInvariant()} blueprint for {track.Key})";
            }
        }

        return null;
    }
}
