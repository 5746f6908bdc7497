using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Domain.Candidates;
using CertEngine.Domain.Scoring;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Library;
using CertEngine.Grains.Records;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Attempts;

/// <summary>
/// The attempt's results half: grades a hand-in or a regrade, saves the result with its fact in the outbox, stores the
/// fact in the record store, delivers the result to the candidate's grain and audits it. Saving comes first, so a crash
/// at any later step is made good on the next activation or outbox retry, never lost and never doubled.
/// </summary>
/// <param name="grain">The attempt grain, whose reminders retry the outbox.</param>
/// <param name="grains">The grain factory, for the candidate's grain and the audit trail.</param>
/// <param name="state">The attempt's state.</param>
/// <param name="sheet">The attempt's answers.</param>
/// <param name="library">Where the banks that grade are.</param>
/// <param name="facts">The record store.</param>
/// <param name="clock">The server clock.</param>
/// <param name="logger">The attempt grain's logger.</param>
internal sealed class AttemptRecorder(
    Grain grain,
    IGrainFactory grains,
    IPersistentState<AttemptState> state,
    IPersistentState<AnswerSheetState> sheet,
    ExamLibrary library,
    IFactStore facts,
    TimeProvider clock,
    ILogger logger)
{
    private AttemptState S => state.State;

    private string Key => grain.GetPrimaryKeyString();

    private string LogId => S.LogId();

    /// <summary>On activation: delivers a result a crash kept from the candidate, and stores waiting facts.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await DeliverPendingAsync(cancellationToken);
        await FactOutbox.FlushAsync(grain, facts, S.UnrecordedFacts, () => state.WriteStateAsync(), logger, LogId);
    }

    /// <summary>
    /// Delivers a result the candidate's grain may not have yet (a crash, or a call that timed out on an overloaded silo)
    /// and clears the stored mark; nothing when none is pending. Throws when the candidate still cannot be reached, so
    /// the caller keeps its retry (the activation, or the deadline reminder).
    /// </summary>
    public async Task DeliverPendingAsync(CancellationToken cancellationToken = default)
    {
        if (S.ResultPending && S.Result is not null)
        {
            await DeliverAsync();
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <summary>The outbox reminder fired: stores the facts still waiting.</summary>
    public Task RetryFactsAsync() =>
        FactOutbox.RetryAsync(grain, facts, S.UnrecordedFacts, () => state.WriteStateAsync(), logger, LogId);

    /// <summary>Grades the answers with the paper's bank and records the hand-in by <paramref name="actor"/>.</summary>
    public async Task SubmitAsync(string actor, string action)
    {
        var bank = await library.FindBankAsync(S.BankId, S.GradedVersion) ?? throw new InvalidOperationException($"bank {S.BankId} v{S.GradedVersion} vanished");
        var grade = ObjectiveGrader.Grade(S.Paper(), bank, sheet.State.Answers(), S.Policy());
        S.Submit(Key, sheet.State, grade, actor, clock.GetUtcNow());
        await SaveAsync();
        await grains.AuditAsync(clock, $"session/{S.Setup!.SessionId}", actor, action, "", $"seat {S.Setup.Seat}: {grade.Score}; receipt {S.Receipt(sheet.State)?.Reference}");
        logger.Submitted(LogId, actor);
        Telemetry.ExamMetrics.Submitted(action);
    }

    /// <summary>
    /// Grades a submitted attempt again with a corrected version's keys: the changes it would make (a dry run, or nothing
    /// when none), or the changes made, saved, recorded and audited.
    /// </summary>
    public async Task<RegradeLine?> RegradeAsync(int correctedBankVersion, bool dryRun, string actor, string reason)
    {
        if (S.Result is null || S.Setup is not { } setup
            || await library.FindBankAsync(S.BankId, S.GradedVersion) is not { } original
            || await library.FindBankAsync(S.BankId, correctedBankVersion) is not { } corrected)
        {
            return null;
        }

        var regrade = Regrading.Regrade(S.Paper(), sheet.State.Answers(), original, corrected, S.Policy());
        var line = new RegradeLine(IdentityNumber.Mask(setup.IdNumber), setup.Seat, regrade.OldScore, regrade.NewScore, regrade.ChangedItemIds);
        if (dryRun || !regrade.Changes)
        {
            return regrade.Changes ? line : null;
        }

        var grade = ObjectiveGrader.Grade(AnswerKey.ForRevision(S.Paper(), corrected), sheet.State.Answers(), S.Policy());
        S.Regrade(Key, sheet.State, grade, correctedBankVersion, actor, clock.GetUtcNow());
        await SaveAsync();
        await grains.AuditAsync(clock, $"session/{setup.SessionId}", actor, "attempt.regraded", reason,
            $"seat {setup.Seat}: {regrade.OldScore} → {regrade.NewScore} (bank v{correctedBankVersion}; items {string.Join(",", regrade.ChangedItemIds)})");
        return line;
    }

    /// <summary>成绩无效: marks the attempt void and, when it has a result, delivers the result again as void.</summary>
    public async Task VoidAsync(string actor)
    {
        if (S.Voided)
        {
            return;
        }

        S.Voided = true;
        S.ResultPending = S.Result is not null;
        await state.WriteStateAsync();
        await grains.AuditAsync(clock, $"session/{S.Setup?.SessionId}", actor, "attempt.voided", "", $"seat {S.Setup?.Seat}");
        if (S.Result is not null)
        {
            await DeliverAsync();
        }
    }

    // The state with the result, its fact and the pending mark is saved first: the result stands whatever happens next.
    // Then the fact goes to the record store (its outbox entry is dropped at the next write) and the result to the candidate.
    private async Task SaveAsync()
    {
        await state.WriteStateAsync();
        await FactOutbox.FlushAsync(grain, facts, S.UnrecordedFacts, null, logger, LogId);
        await DeliverAsync();
    }

    // Delivers the result to the candidate's grain (which ignores one it already holds) and clears the pending mark in
    // memory: the stored mark stays set until the next write, so at worst an activation delivers it once more.
    private async Task DeliverAsync()
    {
        await grains.GetGrain<ICandidateGrain>(S.Setup!.IdNumber).RecordResultAsync(S.ResultRecord());
        S.ResultPending = false;
    }
}
