using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Results;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records;
using CertEngine.Storage.Records.Publicity;
using CertEngine.Storage.Records.Supervision;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// One certification track: pinned to a published bank version, it enrols eligible candidates and issues each
/// candidate's certificate exactly once. Calls go one way (track → candidate, serial, certificate), so no cycle can
/// deadlock; the grain is not reentrant, so concurrent requests to issue are served one after the other. Its rules are
/// the Domain's (eligibility, <see cref="Certification"/>); the issuing itself is <see cref="CertificateIssuer"/>'s.
/// </summary>
public sealed class CertificationTrackGrain(
    [PersistentState("track", StorageNames.Exams)] IPersistentState<TrackState> state,
    ExamLibrary library,
    CertificateAuthority authority,
    IEnrolmentStore enrolments,
    IPublicityRecords publicity,
    ISupervisionRecords supervision,
    IGrainFactory grains,
    TimeProvider clock) : Grain, ICertificationTrackGrain
{
    /// <summary>The most enrolled ID numbers <see cref="ListEnrolledAsync"/> returns.</summary>
    public const int ListLimit = SqlEnrolmentStore.MaxTake;

    private CertificateIssuer? _issuer;

    private TrackState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    private string Subject => "track/" + Key;

    private CertificateIssuer Issuer => _issuer ??= new CertificateIssuer(grains, authority, Key);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Enrolled.Count > 0 || S.Issued.Count > 0)
        {
            await TrackStateMigration.MoveOlderListsAsync(grains, enrolments, Key, state);
        }
    }

    public async Task<CommandReply> OpenAsync(int bankVersion, string actor)
    {
        if (!TrackKey.TryParse(Key, out var key) || S.BankVersion > bankVersion)
        {
            return S.BankVersion > bankVersion ? Refuse(Refused.Of(TrackRefusal.OlderBankVersion, S.BankVersion)) : Refuse(Refused.Of(TrackRefusal.MalformedKey, Key));
        }

        if (S.BankVersion == bankVersion)
        {
            return CommandReply.Ok;
        }

        // The first opening pins the code's newest rules; a move to a newer bank version keeps the rules the track has.
        var rulesVersion = S.BankVersion == 0 ? await library.NewestRulesVersionAsync(key.OccupationCode) : S.RulesVersion;
        if (await library.CreateTrackAsync(key, bankVersion, rulesVersion) is TrackOutcome.Refused refused)
        {
            return Refuse(TrackRefusal.BankNotUsable, refused.Why.ToReply());
        }

        if (await TrackPublicationCheck.RefusalAsync(grains, library, clock, Key, key, bankVersion, actor) is { } tampered)
        {
            return Refuse(tampered);
        }

        var previous = S.BankVersion;
        (S.BankVersion, S.RulesVersion) = (bankVersion, rulesVersion);
        S.OpenedAt = S.OpenedAt == default ? clock.GetUtcNow() : S.OpenedAt;
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject, actor, previous == 0 ? "track.opened" : "track.repinned", "",
            $"bank {key.OccupationCode} v{previous} → v{bankVersion}; rules v{rulesVersion}");
        await grains.AuditAsync(clock, TrackPublicationCheck.Subject(key, bankVersion), actor, "bank.pinned", $"track {Key}",
            TrackPublicationCheck.Details(await library.VerifyPublicationAsync(key.OccupationCode, bankVersion)));
        return CommandReply.Ok;
    }

    public async Task<CommandReply> AdoptRulesAsync(int rulesVersion, string actor)
    {
        if (S.BankVersion == 0 || !TrackKey.TryParse(Key, out var key))
        {
            return Refuse(Refused.Of(TrackRefusal.NotOpened, Key));
        }

        if (rulesVersion == S.RulesVersion)
        {
            return CommandReply.Ok;
        }

        if (await library.TrackDataAsync(key.OccupationCode, rulesVersion) is null)
        {
            return Refuse(Refused.Of(TrackRefusal.NoRulesVersion, key.OccupationCode, rulesVersion));
        }

        if (await library.CreateTrackAsync(key, S.BankVersion, rulesVersion) is TrackOutcome.Refused refused)
        {
            return Refuse(Refused.Of(TrackRefusal.RulesDoNotBuild, rulesVersion, S.BankVersion), refused.Why.ToReply());
        }

        var previous = S.RulesVersion;
        S.RulesVersion = rulesVersion;
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject, actor, "track.rules.adopted", "", $"rules {key.OccupationCode} v{previous} → v{rulesVersion}; bank v{S.BankVersion}");
        return CommandReply.Ok;
    }

    public async Task<TrackSummary?> GetAsync() =>
        await TrackAsync() is { } track ? TrackViews.Summary(track, Key, await enrolments.CountAsync(Key), S) : null;

    public Task<IReadOnlyList<string>> ListEnrolledAsync() => enrolments.ListAsync(Key, 0, ListLimit);

    public Task<CommandReply> RegisterCandidateAsync(string idNumber, IReadOnlyList<Evidence> evidence, string actor) => EnrolCheckedAsync(idNumber, evidence, [], actor);

    public async Task<CommandReply> EnrolCheckedAsync(string idNumber, IReadOnlyList<Evidence> evidence, IReadOnlyList<string> confirmed, string actor) =>
        await TrackAsync() is { } track ? await TrackEnrolment.EnrolAsync(grains, clock, track, Key, idNumber, evidence, confirmed, actor) : Refuse(Refused.Of(TrackRefusal.NotOpened, Key));

    public async Task<EligibilityAssessment?> AssessEligibilityAsync(DateOnly birthDate, IReadOnlyList<Evidence> evidence, IReadOnlyList<string> confirmed) =>
        await TrackAsync() is { } track ? TrackEligibility.Assess(track, birthDate, evidence, confirmed, ChinaTime.Today(clock)) : null;

    public async Task<CommandReply> CheckEligibilityAsync(DateOnly birthDate, IReadOnlyList<Evidence> evidence) =>
        await TrackAsync() is not { } track ? Refuse(Refused.Of(TrackRefusal.NotOpened, Key))
        : TrackEligibility.Evaluate(track, birthDate, evidence, ChinaTime.Today(clock)).Refusal ?? CommandReply.Ok;

    public async Task<CommandReply> CanSitAsync(string idNumber, ExamComponent component)
    {
        if (await TrackAsync() is not { } track)
        {
            return Refuse(Refused.Of(TrackRefusal.NotOpened, Key));
        }

        if (await grains.GetGrain<ICandidateGrain>(idNumber).GetAsync() is not { } candidate || !candidate.Enrolments.Any(e => e.TrackKey == Key))
        {
            return Refuse(TrackRefusal.NotEnrolled);
        }

        return Certification.CanSit(track, await ResultsAsync(idNumber), component.ToDomain(), ChinaTime.Today(clock)) is SittingDecision.Refused refused
            ? CommandReply.Refuse(refused.Why.ToReply())
            : CommandReply.Ok;
    }

    public async Task<IssueReply> IssueCertificateAsync(string idNumber, string actor)
    {
        var (answer, track, snapshot) = await ReadyAsync(idNumber, withVerifyUrl: true);
        return answer ?? await RecordedAsync(await Issuer.IssueAsync(track!, idNumber, snapshot!, ChinaTime.Today(clock), actor), idNumber, actor, "certificate.issued", "");
    }

    // The page asks what issuing would answer, and issuing asks the same: one set of checks for both.
    public async Task<IssueReply> CheckCertificateAsync(string idNumber) =>
        (await ReadyAsync(idNumber, withVerifyUrl: false)).Answer ?? new IssueReply(IssueOutcome.Issued, null, null);

    public async Task<IssueReply> ReissueCertificateAsync(string number, string actor, string reason)
    {
        if (await TrackAsync() is not { } track || string.IsNullOrWhiteSpace(reason))
        {
            return IssueReply.Refused(IssueOutcome.Refused, Reason(await TrackAsync() is null ? Refused.Of(TrackRefusal.NotOpened, Key) : TrackRefusal.ReissueNeedsReason));
        }

        var old = grains.GetGrain<ICertificateGrain>(number);
        var snapshot = await old.GetAsync();
        if (snapshot is null || snapshot.Fields.TrackKey != Key || snapshot.Status is "revoked" or "reissued")
        {
            return IssueReply.Refused(IssueOutcome.Refused, Reason(snapshot?.Fields.TrackKey == Key ? TrackRefusal.CannotReissue : TrackRefusal.NoSuchCertificate));
        }

        var issued = await Issuer.ReissueAsync(track, snapshot.Fields, ChinaTime.Today(clock), actor);
        if (issued.Outcome == IssueOutcome.Issued)
        {
            await old.MarkReissuedAsync(issued.Number!, actor, reason);
        }

        return await RecordedAsync(issued, snapshot.Fields.IdNumber, actor, "certificate.reissued", reason, number);
    }

    // An issued certificate is held by the candidate, counted and audited; a refused one is passed on as it is.
    private async Task<IssueReply> RecordedAsync(IssueReply issued, string idNumber, string actor, string action, string reason, string? replaced = null)
    {
        if (issued.Outcome != IssueOutcome.Issued)
        {
            return issued;
        }

        await grains.GetGrain<ICandidateGrain>(idNumber).RecordCertificateAsync(new HeldCertificate(Key, issued.Number!, ChinaTime.Today(clock)));
        S.IssuedCount++;
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject, actor, action, reason, replaced is null ? issued.Number! : $"{replaced} → {issued.Number}");
        return issued;
    }

    // The checks issuing makes, in order: an opened track, a registered candidate, a certificate already held, another
    // certificate covering this one (一人多证), readiness.
    // An answer when one of them decides; otherwise the track and the candidate to issue to.
    private async Task<(IssueReply? Answer, Track? Track, CandidateSnapshot? Snapshot)> ReadyAsync(string idNumber, bool withVerifyUrl)
    {
        var track = await TrackAsync();
        if (track is null || await grains.GetGrain<ICandidateGrain>(idNumber).GetAsync() is not { } snapshot)
        {
            return (IssueReply.Refused(IssueOutcome.Refused, Reason(track is null ? Refused.Of(TrackRefusal.NotOpened, Key) : TrackRefusal.NotRegistered)), null, null);
        }

        if (snapshot.Certificates.LastOrDefault(c => c.TrackKey == Key) is { } held)
        {
            return (new IssueReply(IssueOutcome.AlreadyIssued, held.Number, withVerifyUrl ? await Issuer.VerifyUrlAsync(held.Number) : null), null, null);
        }

        // 一人多证: a certificate of this occupation at this or a higher level from another track (a reissue does not come here).
        if (snapshot.ReservedNumberFor(Key) is null && await RepeatCertificationCheck.RefusalAsync(grains, track.Key, snapshot) is { } repeat)
        {
            return (IssueReply.Refused(IssueOutcome.Refused, repeat), null, null);
        }

        if (snapshot.ReservedNumberFor(Key) is null
            && Certification.Decide(track, await ResultsAsync(idNumber), ChinaTime.Today(clock)) is not CertificationDecision.Ready and var decision)
        {
            return (IssueReply.Refused(IssueOutcome.NotReady, Reason(TrackRefusal.NotReady, CertificationReasons.Why(decision))), null, null);
        }

        return snapshot.ReservedNumberFor(Key) is null && await PublicityCheck.WaitsAsync(publicity, supervision, Key, track, idNumber, await ResultsAsync(idNumber), ChinaTime.Today(clock)) is { } waits
            ? (IssueReply.Refused(IssueOutcome.NotReady, Reason(TrackRefusal.NotReady, waits)), null, null)
            : (null, track, snapshot);
    }

    private static CommandReply Refuse(Refused<TrackRefusal> refused, Refusal? cause = null) => new(false, null, refused.ToReply(cause));

    private static Refusal Reason(Refused<TrackRefusal> refused, Refusal? cause = null) => refused.ToReply(cause);

    private async Task<Track?> TrackAsync() =>
        S.BankVersion > 0 && TrackKey.TryParse(Key, out var key) && await library.CreateTrackAsync(key, S.BankVersion, S.RulesVersion) is TrackOutcome.Created created
            ? created.Track
            : null;

    private async Task<IReadOnlyList<ComponentResult>> ResultsAsync(string idNumber) =>
        (await grains.GetGrain<ICandidateGrain>(idNumber).GetResultsAsync(Key))
            .Select(r => new ComponentResult(r.Component.ToDomain(), r.Score, r.PassMark, r.SatOn, r.SessionId, r.Void)).ToList();
}
