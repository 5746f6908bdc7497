using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Domain.Candidates;
using CertEngine.Grains.Audit;

namespace CertEngine.Grains.Candidates;

/// <summary>One real-name candidate, keyed by the ID number.</summary>
public sealed class CandidateGrain(
    [PersistentState("candidate", StorageNames.Exams)] IPersistentState<CandidateState> state,
    TimeProvider clock) : Grain, ICandidateGrain
{
    /// <inheritdoc />
    public async Task<CommandReply> RegisterAsync(CandidateProfile profile, string actor)
    {
        var (number, problem) = IdentityNumber.TryParse(profile.IdNumber, ChinaTime.Today(clock));
        if (number is not { } id)
        {
            return CommandReply.Refuse(problem switch
            {
                IdentityNumberProblem.CheckCharacter => "身份证号码校验位不正确 (the ID number's check character is wrong)",
                IdentityNumberProblem.BirthDate => "身份证号码中的出生日期不存在 (the birth date in the ID number is not a real date)",
                IdentityNumberProblem.BirthDateInFuture => "身份证号码中的出生日期晚于今天 (the birth date lies in the future)",
                _ => "身份证号码应为 17 位数字加 1 位数字或 X (the ID number must be 17 digits and a digit or X)",
            });
        }

        if (id.Value != this.GetPrimaryKeyString())
        {
            return CommandReply.Refuse("身份证号码与考生记录不符 (the ID number does not match this candidate record)");
        }

        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            return CommandReply.Refuse("姓名不能为空 (the name is required)");
        }

        var isNew = state.State.Profile is null;
        state.State.Profile = profile with { IdNumber = id.Value, Name = profile.Name.Trim() };
        state.State.BirthDate = id.BirthDate;
        state.State.InternalId ??= Guid.NewGuid().ToString("N");
        await state.WriteStateAsync();
        await GrainFactory.AuditAsync(clock, Subject, actor, isNew ? "candidate.registered" : "candidate.updated", "");
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<CandidateSnapshot?> GetAsync() => Task.FromResult(state.State.Profile is { } profile
        ? new CandidateSnapshot(profile, state.State.BirthDate, state.State.Enrolments.ToList(), state.State.Results.ToList(), state.State.Certificates.ToList(), state.State.InternalId)
        : null);

    /// <inheritdoc />
    public async Task<CommandReply> EnrolAsync(Enrolment enrolment)
    {
        if (state.State.Profile is null)
        {
            return CommandReply.Refuse("考生尚未实名登记 (the candidate is not registered)");
        }

        if (state.State.Enrolments.Any(e => e.TrackKey == enrolment.TrackKey))
        {
            return CommandReply.Ok;
        }

        state.State.Enrolments.Add(enrolment);
        await state.WriteStateAsync();
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public async Task RecordResultAsync(ComponentResultRecord result)
    {
        var index = state.State.Results.FindIndex(r => r.SessionId == result.SessionId && r.Component == result.Component && r.TrackKey == result.TrackKey);
        if (index >= 0)
        {
            state.State.Results[index] = result;
        }
        else
        {
            state.State.Results.Add(result);
        }

        await state.WriteStateAsync();
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
        await state.WriteStateAsync();
    }

    // Keyed by the internal id, never by the masked ID number: two people with the same first and last digits must not
    // share a trail. (Trails written before internal ids existed stay under candidate/{masked number}.)
    private string Subject => "candidate/" + state.State.InternalId;
}
