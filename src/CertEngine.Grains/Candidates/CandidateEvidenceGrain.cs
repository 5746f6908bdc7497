using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Tracks;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Records;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Candidates;

/// <summary>
/// One candidate's eligibility evidence (申报材料) and its review (资格审核), keyed by the ID number. Applying asks the
/// track, which enrols at once unless the route met rests on evidence a person must check; such an application waits
/// here, and in the record store's queue through a fact outbox, until a reviewer approves (the evidence is confirmed and
/// the track enrols with it) or rejects it with a reason. Calls go one way: this grain → track → candidate.
/// </summary>
[CollectionAgeLimit(Minutes = IdleGrains.Minutes)]
public sealed class CandidateEvidenceGrain(
    [PersistentState("evidence", StorageNames.Exams)] IPersistentState<CandidateEvidenceState> state,
    IGrainFactory grains,
    IFactStore facts,
    TimeProvider clock,
    ILogger<CandidateEvidenceGrain> logger) : Grain, ICandidateEvidenceGrain, IRemindable
{
    /// <summary>The most evidence items one candidate may hold.</summary>
    public const int MaxItems = 30;

    /// <summary>The most characters of a rejection's reason.</summary>
    public const int MaxReason = 200;

    private CandidateEvidenceState S => state.State;

    private string IdNumber => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken) => FlushAsync(persist: true);

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == FactOutbox.Reminder)
        {
            await FactOutbox.RetryAsync(this, facts, S.UnrecordedFacts, () => state.WriteStateAsync(), logger, "evidence of " + await LabelAsync());
        }
    }

    /// <inheritdoc />
    public async Task<EvidenceFile> GetAsync() =>
        new((await CandidateAsync())?.BirthDate ?? default, S.Items.ToArray(), S.Applications.ToArray(), S.Revision);

    /// <inheritdoc />
    public async Task<EvidenceReply> AddAsync(Evidence evidence, string actor)
    {
        if (await CandidateAsync() is not { } candidate)
        {
            return Rejected(EvidenceRefusal.NotRegistered);
        }

        if (S.Items.Count >= MaxItems)
        {
            return Rejected(Refused.Of(EvidenceRefusal.TooMany, MaxItems));
        }

        var (tidy, problem) = EvidenceValidation.Tidy(evidence, $"e{S.NextId + 1}", candidate.BirthDate, ChinaTime.Today(clock));
        if (tidy is null)
        {
            return Rejected(problem!);
        }

        S.NextId++;
        S.Revision++;
        S.Items.Add(new EvidenceEntry(tidy, false, clock.GetUtcNow(), actor, null));
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject(candidate), actor, "evidence.added", "", EvidenceValidation.Describe(tidy));
        return new EvidenceReply(CommandReply.Ok, tidy.Id);
    }

    /// <inheritdoc />
    public async Task<EvidenceReply> EditAsync(Evidence evidence, string actor)
    {
        var index = S.Items.FindIndex(i => i.Evidence.Id == evidence.Id);
        if (await CandidateAsync() is not { } candidate || index < 0)
        {
            return Rejected(index < 0 ? Refused.Of(EvidenceRefusal.NoSuchEvidence, evidence.Id) : EvidenceRefusal.NotRegistered);
        }

        var (tidy, problem) = EvidenceValidation.Tidy(evidence, evidence.Id, candidate.BirthDate, ChinaTime.Today(clock));
        if (tidy is null)
        {
            return Rejected(problem!);
        }

        var before = S.Items[index];
        if (before.Evidence == tidy)
        {
            return new EvidenceReply(CommandReply.Ok, tidy.Id);
        }

        // A changed document is a new document: a reviewer's confirmation of the old one does not carry over.
        S.Revision++;
        S.Items[index] = new EvidenceEntry(tidy, false, clock.GetUtcNow(), actor, null);
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject(candidate), actor, "evidence.edited", "",
            $"{EvidenceValidation.Describe(before.Evidence)} -> {EvidenceValidation.Describe(tidy)}{(before.Confirmed ? " (confirmation cleared)" : "")}");
        return new EvidenceReply(CommandReply.Ok, tidy.Id);
    }

    /// <inheritdoc />
    public async Task<CommandReply> RemoveAsync(string evidenceId, string actor)
    {
        var index = S.Items.FindIndex(i => i.Evidence.Id == evidenceId);
        if (await CandidateAsync() is not { } candidate || index < 0)
        {
            return Refuse(index < 0 ? Refused.Of(EvidenceRefusal.NoSuchEvidence, evidenceId) : EvidenceRefusal.NotRegistered);
        }

        var removed = S.Items[index];
        S.Revision++;
        S.Items.RemoveAt(index);
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, Subject(candidate), actor, "evidence.removed", "", EvidenceValidation.Describe(removed.Evidence));
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<ApplicationReply> ApplyAsync(string trackKey, string actor)
    {
        if (await CandidateAsync() is not { } candidate)
        {
            return Refusal(((Refused<EvidenceRefusal>)EvidenceRefusal.NotRegistered).ToReply());
        }

        var earlier = S.Applications.Find(a => a.TrackKey == trackKey);
        if (candidate.Enrolments.Any(e => e.TrackKey == trackKey) || earlier?.Status == EligibilityApplication.Pending)
        {
            return candidate.Enrolments.Any(e => e.TrackKey == trackKey)
                ? new ApplicationReply(ApplicationOutcome.Enrolled, null, null)
                : new ApplicationReply(ApplicationOutcome.AwaitingReview, null, earlier!.ReviewId);
        }

        if (earlier?.Status == EligibilityApplication.Rejected && earlier.Revision == S.Revision)
        {
            return Refusal(((Refused<EvidenceRefusal>)EvidenceRefusal.ResubmitNeedsNewEvidence).ToReply());
        }

        var track = grains.GetGrain<ICertificationTrackGrain>(trackKey);
        var reply = await track.EnrolCheckedAsync(IdNumber, Evidence(), Confirmed(), actor);
        if (reply.Accepted || reply.Reason is not { Code: RefusalCode.TrackReviewRequired } review)
        {
            return reply.Accepted ? new ApplicationReply(ApplicationOutcome.Enrolled, null, null) : Refusal(reply.Reason ?? Contracts.Refusal.Of(RefusalCode.Unspecified));
        }

        var route = (await track.AssessEligibilityAsync(candidate.BirthDate, Evidence(), Confirmed()))?.Routes.FirstOrDefault(r => r.ConditionId == review.Args[0]);
        var now = clock.GetUtcNow();
        var application = new EligibilityApplication(Guid.NewGuid().ToString("N"), trackKey, EligibilityApplication.Pending, review.Args[0],
            route?.EvidenceIds ?? [], review.Args[1].Split(','), now, actor, null, null, null, S.Revision);
        await SaveAsync(application, now, actor);
        await grains.AuditAsync(clock, Subject(candidate), actor, "eligibility.submitted", "", $"track {trackKey}; condition {application.ConditionId}; to check {review.Args[1]}");
        return new ApplicationReply(ApplicationOutcome.AwaitingReview, null, application.ReviewId);
    }

    /// <inheritdoc />
    public async Task<ApplicationReply> ApproveAsync(string trackKey, string actor)
    {
        if (S.Applications.Find(a => a.TrackKey == trackKey && a.Status == EligibilityApplication.Pending) is not { } pending
            || await CandidateAsync() is not { } candidate)
        {
            return Refusal(Refused.Of(EvidenceRefusal.NoApplication, trackKey).ToReply());
        }

        // The reviewer checked the evidence as it is now: the route met today, with every item counted as checked, is the one recorded.
        var track = grains.GetGrain<ICertificationTrackGrain>(trackKey);
        var everything = S.Items.Select(i => i.Evidence.Id).ToArray();
        var route = (await track.AssessEligibilityAsync(candidate.BirthDate, Evidence(), everything))?.Routes.FirstOrDefault(r => r.Met);
        var confirmed = Confirmed().Union(route?.EvidenceIds ?? []).ToArray();
        var reply = await track.EnrolCheckedAsync(IdNumber, Evidence(), confirmed, actor);
        if (!reply.Accepted || route is null)
        {
            return Refusal(reply.Reason ?? Contracts.Refusal.Of(RefusalCode.TrackNotEligible));
        }

        var now = clock.GetUtcNow();
        S.Items = [.. S.Items.Select(i => !i.Confirmed && route.EvidenceIds.Contains(i.Evidence.Id) ? i with { Confirmed = true, ConfirmedBy = actor } : i)];
        await SaveAsync(pending with
        {
            Status = EligibilityApplication.Approved, ConditionId = route.ConditionId, EvidenceIds = route.EvidenceIds, DecidedAt = now, DecidedBy = actor,
        }, now, actor);
        await grains.AuditAsync(clock, Subject(candidate), actor, "eligibility.approved", "", $"track {trackKey}; condition {route.ConditionId}; evidence {string.Join(",", route.EvidenceIds)}");
        return new ApplicationReply(ApplicationOutcome.Enrolled, null, pending.ReviewId);
    }

    /// <inheritdoc />
    public async Task<CommandReply> RejectAsync(string trackKey, string reason, string actor)
    {
        var why = (reason ?? "").Trim();
        if (why.Length is 0 or > MaxReason)
        {
            return Refuse(Refused.Of(EvidenceRefusal.RejectNeedsReason, MaxReason));
        }

        if (S.Applications.Find(a => a.TrackKey == trackKey && a.Status == EligibilityApplication.Pending) is not { } pending
            || await CandidateAsync() is not { } candidate)
        {
            return Refuse(Refused.Of(EvidenceRefusal.NoApplication, trackKey));
        }

        var now = clock.GetUtcNow();
        await SaveAsync(pending with { Status = EligibilityApplication.Rejected, Reason = why, DecidedAt = now, DecidedBy = actor, Revision = S.Revision }, now, actor);
        await grains.AuditAsync(clock, Subject(candidate), actor, "eligibility.rejected", why, $"track {trackKey}; condition {pending.ConditionId}");
        return CommandReply.Ok;
    }

    // The application replaces the track's earlier one, and its fact goes to the queue through the outbox in the same write.
    private async Task SaveAsync(EligibilityApplication application, DateTimeOffset now, string actor)
    {
        S.Applications.RemoveAll(a => a.TrackKey == application.TrackKey);
        S.Applications.Add(application);
        S.UnrecordedFacts.Add(new EligibilityReviewFact($"review/{application.ReviewId}/{++S.FactSequence}", now, application.ReviewId, application.TrackKey,
            IdNumber, application.ConditionId, string.Join(",", application.EvidenceIds), string.Join(",", application.ToCheck), application.Status,
            application.SubmittedAt, application.SubmittedBy, application.Status == EligibilityApplication.Pending ? "" : actor, application.Reason ?? ""));
        await state.WriteStateAsync();
        await FlushAsync(persist: false);
    }

    private async Task FlushAsync(bool persist)
    {
        if (S.UnrecordedFacts.Count > 0)
        {
            await FactOutbox.FlushAsync(this, facts, S.UnrecordedFacts, persist ? () => state.WriteStateAsync() : null, logger, "evidence of " + await LabelAsync());
        }
    }

    private Task<CandidateSnapshot?> CandidateAsync() => grains.GetGrain<ICandidateGrain>(IdNumber).GetAsync();

    private async Task<string> LabelAsync() => "candidate " + ((await CandidateAsync())?.InternalId ?? "(unregistered)");

    private Evidence[] Evidence() => [.. S.Items.Select(i => i.Evidence)];

    private string[] Confirmed() => [.. S.Items.Where(i => i.Confirmed).Select(i => i.Evidence.Id)];

    private static string Subject(CandidateSnapshot candidate) => "candidate/" + candidate.InternalId;

    private static EvidenceReply Rejected(Refused<EvidenceRefusal> refused) => new(RefusalCodes.Refuse(refused), null);

    private static CommandReply Refuse(Refused<EvidenceRefusal> refused) => RefusalCodes.Refuse(refused);

    private static ApplicationReply Refusal(Refusal reason) => new(ApplicationOutcome.Refused, reason, null);
}
