using System.Text;
using CertEngine.Contracts.Banks;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Domain;
using CertEngine.Domain.QuestionBanks.Publishing;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// One code's track rules published from the web. Every version is kept whole in this one grain: a tracks file is a few KB
/// and versions are rare, so one write both stores the text and lists the number (nothing can be half-published, and no
/// interrupted publication needs adopting, unlike a bank's megabytes). Not reentrant, so two publications of one code run
/// one after the other and never take the same number. It never calls the library back for its own versions (that call
/// would come back to this grain while it is busy).
/// </summary>
public sealed class TrackRulesGrain(
    [PersistentState("trackrules", StorageNames.Exams)] IPersistentState<TrackRulesState> state,
    ExamLibrary library,
    TimeProvider clock,
    ILogger<TrackRulesGrain> logger) : Grain, ITrackRulesGrain
{
    private TrackRulesState S => state.State;

    private string Code => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public Task<IReadOnlyList<TrackRulesVersionInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TrackRulesVersionInfo>>(S.Versions.Select(v => v.Info).ToList());

    /// <inheritdoc />
    public Task<TrackRulesRecord?> GetVersionAsync(int version) => Task.FromResult(S.Versions.FirstOrDefault(v => v.Info.Version == version));

    /// <inheritdoc />
    public async Task<TrackRulesPublishReply> PublishAsync(TrackRulesPublication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (!TrackRulesRevision.IsCode(Code))
        {
            return Refuse(Refused.Of(PublicationRefusal.NotACode, Code));
        }

        if (string.IsNullOrWhiteSpace(publication.Note))
        {
            return Refuse(PublicationRefusal.NoteRequired);
        }

        if (Encoding.UTF8.GetByteCount(publication.Yaml) > TrackRulesRevision.MaxBytes)
        {
            return Refuse(Refused.Of(PublicationRefusal.RulesTooLarge, TrackRulesRevision.MaxBytes / 1024));
        }

        if (S.Versions.LastOrDefault() is { } newest && newest.Yaml == publication.Yaml)
        {
            return Refuse(Refused.Of(PublicationRefusal.SameAsNewest, newest.Info.Version));
        }

        var check = await library.CheckRulesAsync(Code, publication.Yaml);
        if (!check.IsValid)
        {
            logger.RulesRefused(Code, check.Count);
            return Refuse(Refused.Of(PublicationRefusal.RulesProblems, check.Count), [.. check.ToInfo()]);
        }

        var info = new TrackRulesVersionInfo(S.Versions.Count + 1, publication.Actor, clock.GetUtcNow(), publication.Note.Trim(), ExamLibrary.Sha256(publication.Yaml));
        S.Versions.Add(new TrackRulesRecord(info, Code, publication.Yaml));
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, $"track-rules/{Code}/{info.Version}", info.PublishedBy, "track.rules.published", info.Note,
            $"{Code} rules v{info.Version} sha256={info.Sha256}; checked on bank v{check.BankVersion}, {check.Tracks.Count} tracks");
        logger.RulesPublished(Code, info.Version, info.PublishedBy, info.Sha256);
        return new TrackRulesPublishReply(info, [], null);
    }

    private static TrackRulesPublishReply Refuse(Refused<PublicationRefusal> reason, List<BankProblemInfo>? problems = null) =>
        new(null, problems ?? [], reason.ToReply());
}
