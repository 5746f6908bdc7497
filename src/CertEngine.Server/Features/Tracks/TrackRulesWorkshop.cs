using System.Text;
using CertEngine.Contracts.Banks;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Library;
using CertEngine.Server.Web;

namespace CertEngine.Server.Features.Tracks;

/// <summary>
/// 认定规则: a code's track rules as the editor shows them (versions, the text to start from), the check of an edited
/// text with a preview of the tracks it defines beside the current ones, and publication. The rules live in the Domain
/// (<see cref="TrackRulesRevision"/>), the check in <see cref="ExamLibrary.CheckRulesAsync"/> and publication in
/// <see cref="ITrackRulesGrain"/>; the API and the pages both call this.
/// </summary>
public sealed class TrackRulesWorkshop(ExamLibrary library, IGrainFactory grains)
{
    /// <summary>
    /// A code's rules: the shipped file (version 0) and the web versions, and the text to start editing from (the newest
    /// version, else the shipped file, else a skeleton built from the bank); null when the code has neither rules nor a bank.
    /// </summary>
    public async Task<RulesView?> FindAsync(string? code)
    {
        if (!TrackRulesRevision.IsCode(code))
        {
            return null;
        }

        var stored = await grains.GetGrain<ITrackRulesGrain>(code!).ListAsync();
        var shippedText = await library.RulesTextAsync(code!, 0);
        var bankVersions = await library.PublishedVersionsAsync(code!);
        var bank = bankVersions.Count > 0 ? await library.FindBankAsync(code!, bankVersions[^1]) : null;
        if (stored.Count == 0 && shippedText is null && bank is null)
        {
            return null;
        }

        var versions = new List<RulesVersionView>();
        if (shippedText is not null)
        {
            versions.Add(new RulesVersionView(0, "shipped", null, null, null, ExamLibrary.Sha256(shippedText)));
        }

        versions.AddRange(stored.Select(v => new RulesVersionView(v.Version, "web", v.PublishedBy, v.PublishedAt, v.Note, v.Sha256)));
        var newest = stored.Count > 0 ? stored[^1].Version : 0;
        var (text, source) = newest > 0 && await TextAsync(code!, newest) is { } current
            ? (current, "web")
            : shippedText is not null ? (shippedText, "shipped") : (TrackRulesRevision.Skeleton(bank!), "skeleton");
        return new RulesView(code!, bank?.Occupation.Name, TrackRulesRevision.FileName(code!), newest, newest + 1, versions, text, source,
            bankVersions.Count > 0 ? bankVersions[^1] : 0);
    }

    /// <summary>The text of one rules version of a code (0 = the shipped file); null when there is none.</summary>
    public async Task<string?> TextAsync(string? code, int version) =>
        TrackRulesRevision.IsCode(code) ? await library.RulesTextAsync(code!, version) : null;

    /// <summary>
    /// Checks an edited text (publishes nothing): its problems by file and line, the tracks it defines on the newest bank
    /// version, and the tracks the code's newest rules version defines there now, for comparison.
    /// </summary>
    public async Task<RulesPreview> CheckAsync(string code, string yaml)
    {
        if (Encoding.UTF8.GetByteCount(yaml) > TrackRulesRevision.MaxBytes)
        {
            return new RulesPreview(false, [TooLarge(code)], 0, [], []);
        }

        var check = await library.CheckRulesAsync(code, yaml);
        var newest = await library.NewestRulesVersionAsync(code);
        var current = new List<PreviewTrack>();
        if (check.BankVersion > 0 && (await library.TrackDataAsync(code, newest))?.Catalogue is { } catalogue
            && await library.FindBankAsync(code, check.BankVersion) is { } bank && catalogue.OccupationCodes.Contains(code, StringComparer.Ordinal))
        {
            foreach (var key in catalogue.KeysFor(bank))
            {
                if (await library.CreateTrackAsync(key, check.BankVersion, newest) is TrackOutcome.Created created)
                {
                    current.Add(Preview(created.Track));
                }
            }
        }

        return new RulesPreview(check.IsValid, ProblemLists.Capped(check.ToInfo()), check.BankVersion,
            check.Tracks.Select(Preview).ToList(), current);
    }

    /// <summary>Publishes an edited text as the code's next rules version (see <see cref="ITrackRulesGrain.PublishAsync"/>).</summary>
    public async Task<TrackRulesPublishReply> PublishAsync(string code, string yaml, string note, string actor)
    {
        var reply = await grains.GetGrain<ITrackRulesGrain>(code).PublishAsync(new TrackRulesPublication(yaml, note, actor));
        return reply with { Problems = ProblemLists.Capped(reply.Problems) };
    }

    private static PreviewTrack Preview(Track track) => new(
        track.Key.ToString(), track.Title, track.BankVersion, track.Components.Select(TrackDefinitions.Describe).ToList(),
        TrackDefinitions.Describe(track.Eligibility), TrackDefinitions.Describe(track.Staffing), track.Retake.WindowDays, track.Retake.RetakesPerComponent,
        track.MultipleChoice.ToString());

    private static BankProblemInfo TooLarge(string code) => new(TrackRulesRevision.FileName(code), 0, null, TrackRulesRevision.Rule, "error",
        $"规则文件不能超过 {TrackRulesRevision.MaxBytes / 1024} KB (the rules may be at most {TrackRulesRevision.MaxBytes / 1024} KB)");
}
