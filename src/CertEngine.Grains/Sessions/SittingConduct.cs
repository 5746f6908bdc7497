using CertEngine.Contracts;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Sessions;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Replies;

namespace CertEngine.Grains.Sessions;

/// <summary>
/// What a sitting records about its candidates beside the phase machine (考场记录): check-in (人证核验), absence (缺考) and the
/// misconduct ladder (劝告, 警告, 终止考核, 成绩无效). Every step is audited on the sitting's trail, which is the room record.
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="state">The sitting's persistent state.</param>
/// <param name="attempts">The sitting's attempts.</param>
/// <param name="clock">The clock.</param>
/// <param name="subject">The sitting's audit subject.</param>
internal sealed class SittingConduct(IGrainFactory grains, IPersistentState<SessionState> state, SittingAttempts attempts, TimeProvider clock, string subject)
{
    private SessionState S => state.State;

    private SessionPhase Phase => (SessionPhase)(int)S.Status;

    /// <summary>
    /// Checks a rostered candidate in after the proctor compared face and ID (人证核验): entry must be open (late theory
    /// entry within the limit); a mismatch is audited and refused; a candidate marked absent who arrives is checked in
    /// and the mark withdrawn.
    /// </summary>
    public async Task<CommandReply> CheckInAsync(string idNumber, string proctor, bool identityConfirmed)
    {
        if (Seat(idNumber) is not { } seat)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotOnRoster);
        }

        var theory = S.Plan!.Component == ExamComponent.Theory;
        if (SittingRules.Entry(Phase, theory, S.StartedAt, clock.GetUtcNow(), SessionTiming.Default) is { } closed)
        {
            return RefusalCodes.Refuse(closed);
        }

        if (!identityConfirmed)
        {
            await grains.AuditAsync(clock, subject, proctor, "session.identity-mismatch", "", $"seat {seat.Seat}");
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.IdentityNotConfirmed);
        }

        if (theory && await attempts.CheckInTheoryAsync(idNumber, proctor) is { Accepted: false } refused)
        {
            return refused;
        }

        if (!S.CheckedIn.Contains(idNumber))
        {
            S.CheckedIn.Add(idNumber);
            var wasAbsent = S.Absent.Remove(idNumber);
            await state.WriteStateAsync();
            if (wasAbsent)
            {
                await grains.AuditAsync(clock, subject, proctor, "session.absence-withdrawn", "", $"seat {seat.Seat}");
            }
        }

        return CommandReply.Ok;
    }

    /// <summary>Marks a rostered candidate not checked in absent (缺考), once, audited with the note.</summary>
    public async Task<CommandReply> MarkAbsentAsync(string idNumber, string actor, string reason)
    {
        if (Seat(idNumber) is not { } seat)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotOnRoster);
        }

        if (SittingRules.Absence(Phase, S.CheckedIn.Contains(idNumber)) is { } refused)
        {
            return RefusalCodes.Refuse(refused);
        }

        if (!S.Absent.Contains(idNumber))
        {
            S.Absent.Add(idNumber);
            await state.WriteStateAsync();
            await grains.AuditAsync(clock, subject, actor, "session.absent", reason.Trim(), $"seat {seat.Seat}");
        }

        return CommandReply.Ok;
    }

    /// <summary>
    /// Records one misconduct step for a candidate checked in, with its reason: the step is audited
    /// (<c>session.misconduct.terminate</c> …); 终止考核 hands a theory paper in now, 成绩无效 voids the part result.
    /// </summary>
    public async Task<CommandReply> RecordMisconductAsync(string idNumber, MisconductStep step, string reason, string actor)
    {
        if (Seat(idNumber) is not { } seat)
        {
            return RefusalCodes.Refuse<SessionRefusal>(SessionRefusal.NotOnRoster);
        }

        var voids = step == MisconductStep.Void;
        if (SittingRules.Misconduct(Phase, S.CheckedIn.Contains(idNumber), !string.IsNullOrWhiteSpace(reason), voids) is { } refused)
        {
            return RefusalCodes.Refuse(refused);
        }

        var theory = S.Plan!.Component == ExamComponent.Theory;
        if (step == MisconductStep.Terminate && theory)
        {
            await attempts.Theory(idNumber).TerminateAsync(actor);
        }
        else if (voids)
        {
            await (theory ? attempts.Theory(idNumber).VoidResultAsync(actor) : attempts.Practical(idNumber).VoidResultAsync(actor));
        }

        await grains.AuditAsync(clock, subject, actor, "session.misconduct." + step.ToString().ToLowerInvariant(), reason.Trim(), $"seat {seat.Seat}");
        return CommandReply.Ok;
    }

    private SeatAssignment? Seat(string idNumber) => S.Plan?.Roster.FirstOrDefault(r => r.IdNumber == idNumber);
}
