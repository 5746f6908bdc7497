using CertEngine.Contracts.Candidates;
using CertEngine.Contracts;
using CertEngine.Domain.Candidates;
using CertEngine.Domain;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Records;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Facts;
using CertEngine.Storage.Records;

namespace CertEngine.Grains.Candidates;

/// <summary>
/// One real-name candidate, keyed by the ID number. Enrolment facts reach the record store through an outbox in the
/// candidate's state: saved with the enrolment, stored under a stable fact id, retried by a reminder until stored, so a
/// crash between the two writes never loses a fact and never writes one twice.
/// </summary>
[CollectionAgeLimit(Minutes = IdleGrains.Minutes)]
public sealed class CandidateGrain(
    [PersistentState("candidate", StorageNames.Exams)] IPersistentState<CandidateState> state,
    IEnrolmentStore enrolments,
    IFactStore facts,
    TimeProvider clock,
    ILogger<CandidateGrain> logger) : Grain, ICandidateGrain, IRemindable
{
    /// <summary>The reminder that retries storing the outbox's facts while the record store is unreachable.</summary>
    public const string OutboxReminder = "outbox";

    private EnrolmentOutbox? _outbox;

    private EnrolmentOutbox Outbox => _outbox ??= new EnrolmentOutbox(this, state, enrolments, logger);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.UnrecordedEnrolments.Count > 0)
        {
            await Outbox.FlushAsync(persistIfFlushed: true);
        }

        // A candidate registered before the record store held profiles is handed over on its first activation.
        if (state.State.Profile is not null && !state.State.ProfileHandedOver)
        {
            state.State.InternalId ??= Guid.NewGuid().ToString("N");
            HandOverProfile("");
            await state.WriteStateAsync(cancellationToken);
        }

        await FlushFactsAsync(persist: true);
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == OutboxReminder && await Outbox.FlushAsync(persistIfFlushed: true) && await this.GetReminder(OutboxReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        else if (reminderName == FactOutbox.Reminder)
        {
            await FactOutbox.RetryAsync(this, facts, state.State.UnrecordedFacts, () => state.WriteStateAsync(), logger, LogLabel);
        }
    }

    /// <inheritdoc />
    public async Task<CommandReply> RegisterAsync(CandidateProfile profile, string actor)
    {
        var (number, problem) = IdentityNumber.TryParse(profile.IdNumber, ChinaTime.Today(clock));
        if (number is not { } id)
        {
            return Refuse(problem switch
            {
                IdentityNumberProblem.CheckCharacter => CandidateRefusal.IdCheckCharacter,
                IdentityNumberProblem.BirthDate => CandidateRefusal.IdBirthDate,
                IdentityNumberProblem.BirthDateInFuture => CandidateRefusal.IdBirthDateInFuture,
                _ => CandidateRefusal.IdMalformed,
            });
        }

        if (id.Value != this.GetPrimaryKeyString())
        {
            return Refuse(CandidateRefusal.IdMismatch);
        }

        var before = state.State.Profile;
        var tidy = CandidateProfiles.Tidied(profile, before);
        if (CandidateProfileRules.Check(tidy.Name, tidy.County, tidy.Tags, tidy.Phone) is { } broken)
        {
            return Refuse(broken);
        }

        var isNew = before is null;
        state.State.Profile = tidy with { IdNumber = id.Value };
        state.State.BirthDate = id.BirthDate;
        state.State.InternalId ??= Guid.NewGuid().ToString("N");
        if (before is null || !CandidateProfiles.Same(before, state.State.Profile) || !state.State.ProfileHandedOver)
        {
            HandOverProfile(actor);
        }

        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await GrainFactory.AuditAsync(clock, Subject, actor, isNew ? "candidate.registered" : "candidate.updated", "", before is null ? "" : CandidateProfiles.Changes(before, state.State.Profile));
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task<CommandReply> EditAsync(CandidateProfile profile, string actor)
    {
        if (state.State.Profile is not { } before)
        {
            return Refuse(CandidateRefusal.NotRegistered);
        }

        // The ID number is the record's key and never changes here: a wrong number is a new registration, not an edit.
        if (!string.Equals(profile.IdNumber.Trim(), before.IdNumber, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(CandidateRefusal.IdMismatch);
        }

        var after = CandidateProfiles.Tidied(profile, before);
        if (CandidateProfileRules.Check(after.Name, after.County, after.Tags, after.Phone) is { } broken)
        {
            return Refuse(broken);
        }

        if (CandidateProfiles.Same(before, after))
        {
            return CommandReply.Ok;
        }

        state.State.Profile = after;
        HandOverProfile(actor);
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
        await GrainFactory.AuditAsync(clock, Subject, actor, "candidate.edited", "", CandidateProfiles.Changes(before, after));
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<CandidateSnapshot?> GetAsync() => Task.FromResult(state.State.Profile is { } profile
        ? new CandidateSnapshot(profile, state.State.BirthDate, state.State.Enrolments.ToList(), state.State.Results.ToList(), state.State.Certificates.ToList(),
            state.State.InternalId, new Dictionary<string, string>(state.State.ReservedNumbers))
        : null);

    /// <inheritdoc />
    public async Task<CommandReply> EnrolAsync(Enrolment enrolment)
    {
        if (state.State.Profile is null)
        {
            return Refuse(CandidateRefusal.NotRegistered);
        }

        if (state.State.Enrolments.Any(e => e.TrackKey == enrolment.TrackKey))
        {
            return CommandReply.Ok;
        }

        state.State.Enrolments.Add(enrolment);
        state.State.UnrecordedEnrolments.Add(enrolment);
        await state.WriteStateAsync();
        // Saved: the enrolment stands whatever happens to the fact now. The outbox entry is dropped at the next write.
        await Outbox.FlushAsync(persistIfFlushed: false);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task RecordResultAsync(ComponentResultRecord result)
    {
        var index = state.State.Results.FindIndex(r => r.SessionId == result.SessionId && r.Component == result.Component && r.TrackKey == result.TrackKey);
        if (index >= 0 && state.State.Results[index] == result)
        {
            return;   // delivered again after a restart: nothing new to record
        }

        if (index >= 0)
        {
            state.State.Results[index] = result;
        }
        else
        {
            state.State.Results.Add(result);
        }

        var sequence = ++state.State.FactSequence;
        state.State.UnrecordedFacts.Add(new ComponentResultFact($"result/{state.State.InternalId}/{sequence}", clock.GetUtcNow(), result.TrackKey,
            this.GetPrimaryKeyString(), result.Component.ToString(), result.Score, result.PassMark, result.SatOn, result.SessionId, result.Void));
        await state.WriteStateAsync();
        await FlushFactsAsync(persist: false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ComponentResultRecord>> GetResultsAsync(string trackKey) =>
        Task.FromResult<IReadOnlyList<ComponentResultRecord>>(state.State.Results.Where(r => r.TrackKey == trackKey).ToList());

    /// <inheritdoc />
    public async Task RecordCertificateAsync(HeldCertificate certificate)
    {
        if (state.State.Certificates.Any(c => c.Number == certificate.Number))
        {
            return;
        }

        state.State.Certificates.Add(certificate);
        state.State.ReservedNumbers.Remove(certificate.TrackKey);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<string> ReserveCertificateNumberAsync(string trackKey, string number)
    {
        if (state.State.ReservedNumbers.TryGetValue(trackKey, out var reserved))
        {
            return reserved;
        }

        state.State.ReservedNumbers[trackKey] = number;
        await state.WriteStateAsync();
        return number;
    }

    private void HandOverProfile(string actor)
    {
        var profile = state.State.Profile!;
        var sequence = ++state.State.FactSequence;
        state.State.UnrecordedFacts.Add(new CandidateProfileFact($"candidate/{state.State.InternalId}/{sequence}", clock.GetUtcNow(), state.State.InternalId!,
            profile.IdNumber, profile.Name, profile.County ?? "", string.Join(",", profile.Tags), actor, profile.Phone ?? ""));
        state.State.ProfileHandedOver = true;
    }

    private Task<bool> FlushFactsAsync(bool persist) =>
        FactOutbox.FlushAsync(this, facts, state.State.UnrecordedFacts, persist ? () => state.WriteStateAsync() : null, logger, LogLabel);

    private string LogLabel => "candidate " + (state.State.InternalId ?? "(unregistered)");

    // Keyed by the internal id, never by the masked ID number: two people with the same first and last digits must not
    // share a trail. (Trails written before internal ids existed stay under candidate/{masked number}.)
    private string Subject => "candidate/" + state.State.InternalId;

    private static CommandReply Refuse(CandidateRefusal reason) => RefusalCodes.Refuse<CandidateRefusal>(reason);
}
