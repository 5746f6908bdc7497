using CertEngine.Contracts;
using CertEngine.Contracts.Certificates;
using CertEngine.Domain.Certificates;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Records;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Facts;

namespace CertEngine.Grains.Certificates;

/// <summary>One issued certificate and its status history. Nothing is ever deleted; every change carries who and why.</summary>
public sealed class CertificateGrain(
    [PersistentState("certificate", StorageNames.Exams)] IPersistentState<CertificateState> state,
    IFactStore facts,
    CertificateView view,
    TimeProvider clock,
    ILogger<CertificateGrain> logger) : Grain, ICertificateGrain, IRemindable, IDisposable
{
    // What GetAsync answers, built once per change and shown to the silo's verification endpoint through the view.
    private CertificateSnapshot? _snapshot;

    private CertificateState S => state.State;

    private string Number => this.GetPrimaryKeyString();

    private string Subject => "certificate/" + Number;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A certificate issued before the record store held certificates is handed over on its first activation.
        if (S.Fields is not null && S.HistoryHandedOver < S.History.Count)
        {
            HandOver(S.History.FirstOrDefault()?.Actor ?? "");
            await state.WriteStateAsync(cancellationToken);
        }

        await FlushFactsAsync(persist: true);
        Publish();
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        view.Withdraw(this, Number);
        return Task.CompletedTask;
    }

    /// <summary>Called by Orleans when the activation is gone, however it went: the certificate leaves the silo's view.</summary>
    public void Dispose() => view.Withdraw(this, Number);

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == FactOutbox.Reminder
        ? FactOutbox.RetryAsync(this, facts, S.UnrecordedFacts, () => state.WriteStateAsync(), logger, Subject)
        : Task.CompletedTask;

    /// <inheritdoc />
    public async Task<CommandReply> IssueAsync(CertificateFields fields, string token, string actor)
    {
        if (fields.Number != this.GetPrimaryKeyString())
        {
            return RefusalCodes.Refuse<CertificateRefusal>(CertificateRefusal.NumberMismatch);
        }

        if (S.Fields is not null)
        {
            return S.Fields == fields ? CommandReply.Ok : RefusalCodes.Refuse<CertificateRefusal>(CertificateRefusal.AlreadyIssued);
        }

        S.Fields = fields;
        S.Token = token;
        S.Status = Name(CertificateStatus.Valid);
        S.History.Add(new CertificateEvent(S.Status, clock.GetUtcNow(), actor, ""));
        HandOver(actor);
        await SaveAndPublishAsync();
        await FlushFactsAsync(persist: false);
        return CommandReply.Ok;
    }

    /// <inheritdoc />
    public Task<CertificateSnapshot?> GetAsync() => Task.FromResult(_snapshot);

    /// <inheritdoc />
    public Task<CommandReply> SuspendAsync(string actor, string reason) => ChangeAsync(new CertificateAction.Suspend(reason), actor, null);

    /// <inheritdoc />
    public Task<CommandReply> ReinstateAsync(string actor, string reason) => ChangeAsync(new CertificateAction.Reinstate(reason), actor, null);

    /// <inheritdoc />
    public Task<CommandReply> RevokeAsync(string actor, string reason) => ChangeAsync(new CertificateAction.Revoke(reason), actor, null);

    /// <inheritdoc />
    public Task<CommandReply> MarkReissuedAsync(string newNumber, string actor, string reason) => ChangeAsync(new CertificateAction.Reissue(reason), actor, newNumber);

    private async Task<CommandReply> ChangeAsync(CertificateAction change, string actor, string? replacedBy)
    {
        if (S.Fields is null)
        {
            return RefusalCodes.Refuse<CertificateRefusal>(CertificateRefusal.NotFound);
        }

        switch (CertificateLifecycle.Apply(Parse(S.Status), change))
        {
            case LifecycleOutcome.Refused refused:
                return RefusalCodes.Refuse(refused.Why);
            case LifecycleOutcome.Changed changed:
                S.Status = Name(changed.Status);
                S.ReplacedBy = replacedBy ?? S.ReplacedBy;
                S.History.Add(new CertificateEvent(S.Status, clock.GetUtcNow(), actor, changed.Reason));
                HandOver(actor);
                await SaveAndPublishAsync();
                await FlushFactsAsync(persist: false);
                await GrainFactory.AuditAsync(clock, Subject, actor, "certificate." + S.Status, changed.Reason, replacedBy ?? "");
                return CommandReply.Ok;
            default:
                throw new InvalidOperationException("unknown lifecycle outcome");
        }
    }

    // Builds what GetAsync answers and shows it to the silo's verification endpoint. A number never issued has nothing to
    // show: the endpoint calls the grain and gets null, as before.
    private void Publish()
    {
        _snapshot = S.Fields is { } fields ? new CertificateSnapshot(fields, S.Token, S.Status, S.History.ToList(), S.ReplacedBy) : null;
        if (_snapshot is not null)
        {
            view.Publish(this, Number, _snapshot);
        }
    }

    // Saves a change and shows it, whether or not the write succeeded: GetAsync answers from the same memory.
    private async Task SaveAndPublishAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            Publish();
        }
    }

    // Puts the issue (first time) and every history entry not yet handed over into the outbox, to be saved with the state.
    private void HandOver(string issuer)
    {
        var fields = S.Fields!;
        var number = fields.Number;
        if (S.HistoryHandedOver == 0)
        {
            S.UnrecordedFacts.Add(new CertificateIssuedFact("certificate/" + number, S.History[0].At, number, fields.Kind, fields.TrackKey, fields.IdNumber,
                fields.HolderName, fields.OccupationCode, fields.WorkType, fields.LevelDigit, fields.IssuedOn, issuer));
        }

        for (var sequence = S.HistoryHandedOver; sequence < S.History.Count; sequence++)
        {
            var entry = S.History[sequence];
            var replacedBy = entry.Status == "reissued" ? S.ReplacedBy : null;
            S.UnrecordedFacts.Add(new CertificateStatusFact($"certificate/{number}/status/{sequence}", entry.At, number, sequence, entry.Status, entry.Reason, entry.Actor, replacedBy));
        }

        S.HistoryHandedOver = S.History.Count;
    }

    private Task<bool> FlushFactsAsync(bool persist) =>
        FactOutbox.FlushAsync(this, facts, S.UnrecordedFacts, persist ? () => state.WriteStateAsync() : null, logger, Subject);

    private static string Name(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "valid",
        CertificateStatus.Suspended => "suspended",
        CertificateStatus.Revoked => "revoked",
        _ => "reissued",
    };

    private static CertificateStatus Parse(string status) => status switch
    {
        "valid" => CertificateStatus.Valid,
        "suspended" => CertificateStatus.Suspended,
        "revoked" => CertificateStatus.Revoked,
        _ => CertificateStatus.Superseded,
    };
}
