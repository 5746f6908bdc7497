using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Certificates;
using CertEngine.Contracts.Tracks;
using CertEngine.Contracts;
using CertEngine.Domain.Certificates;
using CertEngine.Domain.QuestionBanks;
using CertEngine.Domain.Results;
using CertEngine.Domain.Tracks;
using CertEngine.Domain;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Certificates;
using CertEngine.Grains.Library;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Tracks;

/// <summary>
/// One certification track: pinned to a published bank version, it enrols eligible candidates and issues each
/// candidate's certificate exactly once. Calls go one way (track → candidate, serial, certificate), so no cycle can
/// deadlock; the grain is not reentrant, so concurrent requests to issue are served one after the other.
/// </summary>
public sealed class CertificationTrackGrain(
    [PersistentState("track", StorageNames.Exams)] IPersistentState<TrackState> state,
    ExamLibrary library,
    CertificateAuthority authority,
    IEnrolmentStore enrolments,
    TimeProvider clock) : Grain, ICertificationTrackGrain
{
    /// <summary>The most enrolled ID numbers <see cref="ListEnrolledAsync"/> returns.</summary>
    public const int ListLimit = SqlEnrolmentStore.MaxTake;

    private TrackState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    private string Subject => "track/" + Key;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Enrolled.Count > 0 || S.Issued.Count > 0)
        {
            await MoveOlderListsAsync();
        }
    }

    // An older release kept every enrolment and issued number in this state, rewritten whole on each change: move them
    // to the record store and the candidates' grains (idempotently: a crash part-way repeats harmlessly), then drop them.
    private async Task MoveOlderListsAsync()
    {
        await enrolments.AppendAsync(S.Enrolled.Select(e => new EnrolmentFact(Key, e.Key, e.Value.ConditionId, e.Value.EvidenceIds, e.Value.At, e.Value.Actor)).ToList());
        foreach (var (idNumber, number) in S.Issued)
        {
            var candidate = GrainFactory.GetGrain<ICandidateGrain>(idNumber);
            if (!S.Confirmed.Contains(number))
            {
                await candidate.ReserveCertificateNumberAsync(Key, number);
            }
            else if (await GrainFactory.GetGrain<ICertificateGrain>(number).GetAsync() is { } certificate)
            {
                await candidate.RecordCertificateAsync(new HeldCertificate(Key, number, certificate.Fields.IssuedOn));
            }
        }

        S.IssuedCount += S.Confirmed.Count;
        S.Enrolled.Clear();
        S.Issued.Clear();
        S.Confirmed.Clear();
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<CommandReply> OpenAsync(int bankVersion, string actor)
    {
        if (!TrackKey.TryParse(Key, out var key))
        {
            return CommandReply.Refuse($"认定方案编号 {Key} 格式不正确 (malformed track key)");
        }

        if (S.BankVersion == bankVersion)
        {
            return CommandReply.Ok;
        }

        if (S.BankVersion > bankVersion)
        {
            return CommandReply.Refuse($"已使用题库第 {S.BankVersion} 版，不能退回旧版 (the track already uses a newer version)");
        }

        // The first opening pins the code's newest rules; a move to a newer bank version keeps the rules the track has.
        var rulesVersion = S.BankVersion == 0 ? await library.NewestRulesVersionAsync(key.OccupationCode) : S.RulesVersion;
        if (await library.CreateTrackAsync(key, bankVersion, rulesVersion) is TrackOutcome.Refused refused)
        {
            return CommandReply.Refuse(refused.Reason);
        }

        if (await PublicationRefusalAsync(key, bankVersion, actor) is { } tampered)
        {
            return CommandReply.Refuse(tampered);
        }

        var previous = S.BankVersion;
        S.BankVersion = bankVersion;
        S.RulesVersion = rulesVersion;
        S.OpenedAt = S.OpenedAt == default ? clock.GetUtcNow() : S.OpenedAt;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, previous == 0 ? "track.opened" : "track.repinned", "",
            $"bank {key.OccupationCode} v{previous} → v{bankVersion}; rules v{rulesVersion}");
        await GrainFactory.AuditAsync(clock, BankSubject(key, bankVersion), actor, "bank.pinned", $"track {Key}", ManifestDetails(await library.VerifyPublicationAsync(key.OccupationCode, bankVersion)));
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> AdoptRulesAsync(int rulesVersion, string actor)
    {
        if (S.BankVersion == 0 || !TrackKey.TryParse(Key, out var key))
        {
            return CommandReply.Refuse($"认定方案 {Key} 尚未开通 (track not opened)");
        }

        if (rulesVersion == S.RulesVersion)
        {
            return CommandReply.Ok;
        }

        if (await library.TrackDataAsync(key.OccupationCode, rulesVersion) is null)
        {
            return CommandReply.Refuse($"{key.OccupationCode} 没有第 {rulesVersion} 版认定规则 (no track rules version {rulesVersion})");
        }

        if (await library.CreateTrackAsync(key, S.BankVersion, rulesVersion) is TrackOutcome.Refused refused)
        {
            return CommandReply.Refuse($"第 {rulesVersion} 版认定规则不能用于题库第 {S.BankVersion} 版 (rules version {rulesVersion} does not build on bank version {S.BankVersion}): {refused.Reason}");
        }

        var previous = S.RulesVersion;
        S.RulesVersion = rulesVersion;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "track.rules.adopted", "", $"rules {key.OccupationCode} v{previous} → v{rulesVersion}; bank v{S.BankVersion}");
        return CommandReply.Ok;
    }

    /// <summary>The audit trail of one published bank version: <c>bank/{occupation code}/{version}</c>.</summary>
    private static string BankSubject(TrackKey key, int bankVersion) => $"bank/{key.OccupationCode}/{bankVersion}";

    private static string ManifestDetails(BankPublication publication) => $"manifest-sha256={publication.ManifestSha256}";

    /// <summary>
    /// Checks the bank version's files against its manifest afresh and records the publication on the version's trail
    /// the first time any track pins it (who, when, version, the manifest's hash). Refused, and audited on that trail,
    /// when an item was edited after publication, or when the manifest itself differs from the one first recorded.
    /// </summary>
    private async Task<string?> PublicationRefusalAsync(TrackKey key, int bankVersion, string actor)
    {
        var publication = await library.VerifyPublicationAsync(key.OccupationCode, bankVersion);
        var subject = BankSubject(key, bankVersion);
        if (!publication.Intact)
        {
            var problems = publication.ManifestSha256 is null ? "manifest.yaml missing" : string.Join("; ", publication.Problems.Take(3));
            await GrainFactory.AuditAsync(clock, subject, actor, "bank.verification-failed", $"track {Key}", problems);
            return $"题库 {key.OccupationCode} 第 {bankVersion} 版的文件与发布清单不符，发布后被改动过，不能开通 (the version's files no longer match its manifest): {problems}";
        }

        var details = ManifestDetails(publication);
        var first = await GrainFactory.GetGrain<IAuditTrailGrain>(subject).AppendOnceAsync(
            new AuditRecord(clock.GetUtcNow(), actor, "bank.published", subject, $"first pinned by track {Key}", $"{key.OccupationCode} v{bankVersion} {details}"));
        if (!first.Details.EndsWith(details, StringComparison.Ordinal))
        {
            await GrainFactory.AuditAsync(clock, subject, actor, "bank.manifest-changed", $"track {Key}", details);
            return $"题库 {key.OccupationCode} 第 {bankVersion} 版的发布清单与首次启用时记录的不同，不能开通 (the manifest differs from the one recorded at publication: {first.Details})";
        }

        return null;
    }

    /// <inheritdoc />
    public async Task<TrackSummary?> GetAsync()
    {
        if (await TrackAsync() is not { } track)
        {
            return null;
        }

        var components = track.Components.Select(c => new TrackComponentInfo(
            ToContract(c.Kind), c.Minutes, c.PassMark, c.Scoring?.Assessors ?? 0, c.Scoring?.AdjudicationThreshold ?? 0)).ToList();
        var enrolled = await enrolments.CountAsync(Key);
        return new TrackSummary(Key, track.Title, track.BankId, track.BankVersion, components,
            (int)Math.Min(int.MaxValue, enrolled), S.IssuedCount, track.MultipleChoice.ToString(), S.RulesVersion);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListEnrolledAsync() => enrolments.ListAsync(Key, 0, ListLimit);

    /// <inheritdoc />
    public async Task<CommandReply> RegisterCandidateAsync(string idNumber, IReadOnlyList<Evidence> evidence, string actor)
    {
        if (await TrackAsync() is not { } track)
        {
            return CommandReply.Refuse($"认定方案 {Key} 尚未开通 (track not opened)");
        }

        var candidate = GrainFactory.GetGrain<ICandidateGrain>(idNumber);
        if (await candidate.GetAsync() is not { } snapshot)
        {
            return CommandReply.Refuse("考生尚未实名登记 (the candidate is not registered)");
        }

        if (snapshot.Enrolments.Any(e => e.TrackKey == Key))
        {
            return CommandReply.Ok;
        }

        var (eligible, refusal) = Evaluate(track, snapshot.BirthDate, evidence);
        if (eligible is null)
        {
            return refusal!;
        }

        var enrolment = new Enrolment(Key, eligible.ConditionId, eligible.EvidenceIds, clock.GetUtcNow(), actor);
        var reply = await candidate.EnrolAsync(enrolment);
        if (!reply.Accepted)
        {
            return reply;
        }

        await GrainFactory.AuditAsync(clock, Subject, actor, "track.enrolled", "", $"condition {eligible.ConditionId}; evidence {string.Join(",", eligible.EvidenceIds)}");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> CheckEligibilityAsync(DateOnly birthDate, IReadOnlyList<Evidence> evidence)
    {
        if (await TrackAsync() is not { } track)
        {
            return CommandReply.Refuse($"认定方案 {Key} 尚未开通 (track not opened)");
        }

        var (eligible, refusal) = Evaluate(track, birthDate, evidence);
        return eligible is null ? refusal! : CommandReply.Ok;
    }

    private (EligibilityDecision.Eligible? Eligible, CommandReply? Refusal) Evaluate(Track track, DateOnly birthDate, IReadOnlyList<Evidence> evidence)
    {
        var items = new List<EvidenceItem>();
        foreach (var piece in evidence)
        {
            var (item, problem) = EvidenceMapping.ToDomain(piece);
            if (item is null)
            {
                return (null, CommandReply.Refuse(problem!));
            }

            items.Add(item);
        }

        var decision = track.Eligibility.Evaluate(new CandidateEvidence(birthDate, items), ChinaTime.Today(clock));
        if (decision is not EligibilityDecision.Eligible eligible)
        {
            var failed = decision is EligibilityDecision.Ineligible ineligible ? ineligible.FailedRules : [];
            return (null, CommandReply.Refuse("不符合申报条件 (not eligible): " + string.Join("；", failed)));
        }

        return (eligible, null);
    }

    /// <inheritdoc />
    public async Task<CommandReply> CanSitAsync(string idNumber, ExamComponent component)
    {
        if (await TrackAsync() is not { } track)
        {
            return CommandReply.Refuse($"认定方案 {Key} 尚未开通 (track not opened)");
        }

        if (await GrainFactory.GetGrain<ICandidateGrain>(idNumber).GetAsync() is not { } candidate || !candidate.Enrolments.Any(e => e.TrackKey == Key))
        {
            return CommandReply.Refuse("考生未通过该认定方案的资格审核 (the candidate is not enrolled in this track)");
        }

        var results = await ResultsAsync(idNumber);
        return Certification.CanSit(track, results, ToDomain(component), ChinaTime.Today(clock)) switch
        {
            SittingDecision.Refused refused => CommandReply.Refuse(refused.Reason),
            _ => CommandReply.Ok,
        };
    }

    /// <inheritdoc />
    public async Task<IssueReply> IssueCertificateAsync(string idNumber, string actor)
    {
        if (await TrackAsync() is not { } track)
        {
            return new IssueReply("refused", null, null, $"认定方案 {Key} 尚未开通 (track not opened)");
        }

        var candidate = GrainFactory.GetGrain<ICandidateGrain>(idNumber);
        if (await candidate.GetAsync() is not { } snapshot)
        {
            return new IssueReply("refused", null, null, "考生尚未实名登记 (the candidate is not registered)");
        }

        if (snapshot.Certificates.LastOrDefault(c => c.TrackKey == Key) is { } held)
        {
            return new IssueReply("already-issued", held.Number, await VerifyUrlAsync(held.Number), null);
        }

        var existing = snapshot.ReservedNumberFor(Key);

        var today = ChinaTime.Today(clock);
        var results = await ResultsAsync(idNumber);
        if (existing is null && Certification.Decide(track, results, today) is not CertificationDecision.Ready)
        {
            return new IssueReply("not-ready", null, null, Describe(Certification.Decide(track, results, today)));
        }

        var number = existing;
        if (number is null)
        {
            var serial = await GrainFactory.GetGrain<ICertificateSerialGrain>(authority.SerialPrefix(track.CertificateKind, today, track.Key.Level)).NextAsync();
            if (authority.Compose(track.CertificateKind, today, track.Key.Level, serial) is not NumberComposition.Composed composed)
            {
                return new IssueReply("refused", null, null, "证书编号无法生成 (no certificate number could be composed)");
            }

            // Reserved before the certificate grain hears of it: a retry after a crash finishes this number, never a second.
            number = await candidate.ReserveCertificateNumberAsync(Key, composed.Number);
        }

        var fields = new CertificateFields(number, track.CertificateKind == CertificateKind.Specialty ? "专项职业能力证书" : "职业技能等级证书",
            snapshot.Profile.Name, "居民身份证", idNumber, track.Key.OccupationCode, track.OccupationName, track.Key.WorkType ?? "--",
            track.Key.Level, track.LevelDisplay, today, authority.IssuerName, Key);
        var (token, verifyUrl) = authority.Sign(fields);
        var issued = await GrainFactory.GetGrain<ICertificateGrain>(number).IssueAsync(fields, token, actor);
        if (!issued.Accepted)
        {
            return new IssueReply("refused", null, null, issued.Refusal);
        }

        await candidate.RecordCertificateAsync(new HeldCertificate(Key, number, today));
        S.IssuedCount++;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "certificate.issued", "", number);
        return new IssueReply("issued", number, verifyUrl, null);
    }

    /// <inheritdoc />
    public async Task<IssueReply> ReissueCertificateAsync(string number, string actor, string reason)
    {
        if (await TrackAsync() is not { } track)
        {
            return new IssueReply("refused", null, null, $"认定方案 {Key} 尚未开通 (track not opened)");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new IssueReply("refused", null, null, "补发须注明原因 (a reissue needs a reason)");
        }

        var old = GrainFactory.GetGrain<ICertificateGrain>(number);
        if (await old.GetAsync() is not { } snapshot || snapshot.Fields.TrackKey != Key)
        {
            return new IssueReply("refused", null, null, "证书不存在或不属于本认定方案 (no such certificate in this track)");
        }

        if (snapshot.Status is "revoked" or "reissued")
        {
            return new IssueReply("refused", null, null, "已撤销或已补发的证书不能再补发 (a revoked or replaced certificate cannot be reissued)");
        }

        var today = ChinaTime.Today(clock);
        var serial = await GrainFactory.GetGrain<ICertificateSerialGrain>(authority.SerialPrefix(track.CertificateKind, today, track.Key.Level)).NextAsync();
        if (authority.Compose(track.CertificateKind, today, track.Key.Level, serial) is not NumberComposition.Composed composed)
        {
            return new IssueReply("refused", null, null, "证书编号无法生成 (no certificate number could be composed)");
        }

        var fields = snapshot.Fields with { Number = composed.Number, IssuedOn = today, Issuer = authority.IssuerName };
        var (token, verifyUrl) = authority.Sign(fields);
        var issued = await GrainFactory.GetGrain<ICertificateGrain>(composed.Number).IssueAsync(fields, token, actor);
        if (!issued.Accepted)
        {
            return new IssueReply("refused", null, null, issued.Refusal);
        }

        await old.MarkReissuedAsync(composed.Number, actor, reason);
        await GrainFactory.GetGrain<ICandidateGrain>(snapshot.Fields.IdNumber).RecordCertificateAsync(new HeldCertificate(Key, composed.Number, today));
        S.IssuedCount++;
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, "certificate.reissued", reason, $"{number} → {composed.Number}");
        return new IssueReply("issued", composed.Number, verifyUrl, null);
    }

    private async Task<Track?> TrackAsync() =>
        S.BankVersion > 0 && TrackKey.TryParse(Key, out var key) && await library.CreateTrackAsync(key, S.BankVersion, S.RulesVersion) is TrackOutcome.Created created
            ? created.Track
            : null;

    private async Task<IReadOnlyList<ComponentResult>> ResultsAsync(string idNumber)
    {
        var records = await GrainFactory.GetGrain<ICandidateGrain>(idNumber).GetResultsAsync(Key);
        return records.Select(r => new ComponentResult(ToDomain(r.Component), r.Score, r.PassMark, r.SatOn, r.SessionId, r.Void)).ToList();
    }

    private async Task<string?> VerifyUrlAsync(string number) =>
        await GrainFactory.GetGrain<ICertificateGrain>(number).GetAsync() is { } snapshot ? authority.VerifyUrl(number, snapshot.Token) : null;

    private static string Describe(CertificationDecision decision) => decision switch
    {
        CertificationDecision.NotYet notYet => "尚有未通过的考核项目 (not every component has passed): " + notYet,
        CertificationDecision.Lapsed lapsed => "合格成绩已过保留期 (passed results lapsed): " + lapsed,
        CertificationDecision.Blocked blocked => blocked.Reason,
        _ => decision.ToString(),
    };

    private static ComponentKind ToDomain(ExamComponent component) => component switch
    {
        ExamComponent.Theory => ComponentKind.Theory,
        ExamComponent.Practical => ComponentKind.Practical,
        _ => ComponentKind.Review,
    };

    private static ExamComponent ToContract(ComponentKind kind) => kind switch
    {
        ComponentKind.Theory => ExamComponent.Theory,
        ComponentKind.Practical => ExamComponent.Practical,
        _ => ExamComponent.Review,
    };
}
