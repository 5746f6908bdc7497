using System.Security.Claims;
using CertEngine.Contracts;
using CertEngine.Contracts.Accounts;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Supervision;
using CertEngine.Grains.Replies;
using CertEngine.Server.Web;
using CertEngine.Storage.Records.Supervision;

namespace CertEngine.Server.Features.Supervision;

/// <summary>
/// 督导记录: reads a sitting's supervision records and files new ones under the Domain's rules
/// (<see cref="SupervisionRules"/>), appending to the record store and the sitting's audit trail. Shared by
/// <see cref="SupervisionApi"/> and the 督导 pages. The caller has checked that the user may see or supervise the sitting.
/// </summary>
public sealed class SupervisionDesk(IGrainFactory grains, ISupervisionRecords records, SupervisionChecklistSource source, TimeProvider clock) : IDisposable
{
    // One filing at a time on this silo; across silos the store keeps the first signature (and each correction) unique.
    private readonly SemaphoreSlim _filing = new(1, 1);

    /// <summary>The checklist as the API shows it (empty when the file could not be read).</summary>
    public IReadOnlyList<ChecklistItemView> Checklist =>
        source.Checklist?.Items.Select(i => new ChecklistItemView(i.Id, i.Chinese, i.English)).ToList() ?? [];

    /// <summary>The sitting's supervision: requirement, signed or not, checklist and records.</summary>
    public async Task<SupervisionView> ViewAsync(SessionSnapshot session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var rows = await records.ForSittingAsync(session.Id, SupervisionRules.MaxRecordsPerSitting, cancellationToken);
        var required = (await grains.GetGrain<ICertificationTrackGrain>(session.Plan.TrackKey).GetAsync())?.SupervisionRequired ?? false;
        var current = rows.LastOrDefault(r => r.Signed)?.RecordId;
        return new SupervisionView(session.Id, session.Plan.TrackKey, session.Status.ToString().ToLowerInvariant(), required, current is not null, current,
            Checklist, rows.Select(ViewOf).ToList());
    }

    /// <summary>Which of <paramref name="sessionIds"/> have a signed record.</summary>
    public Task<IReadOnlySet<string>> SignedAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken) =>
        records.SignedAsync(sessionIds.Take(ISupervisionRecords.MaxSittings).ToList(), cancellationToken);

    /// <summary>Files <paramref name="filing"/> for <paramref name="session"/> as <paramref name="user"/> (a Supervisor named on it).</summary>
    public async Task<FilingOutcome> FileAsync(SessionSnapshot session, SupervisionFiling filing, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(user);
        if (source.Checklist is not { } checklist)
        {
            return new FilingOutcome.Refused(CommandReply.Refuse("督导检查表无法读取，请联系管理员（tracks/supervision/checklist.yaml） (the supervision checklist could not be read)"));
        }

        await _filing.WaitAsync(cancellationToken);
        try
        {
            var rows = await records.ForSittingAsync(session.Id, SupervisionRules.MaxRecordsPerSitting, cancellationToken);
            var history = new SupervisionHistory(rows.Count, rows.LastOrDefault(r => r.Signed)?.RecordId);
            if (SupervisionRules.Check(checklist, filing, history, session.Status == SessionStatus.Closed, session.Status == SessionStatus.Cancelled) is { } refused)
            {
                return new FilingOutcome.Refused(RefusalCodes.Refuse(refused));
            }

            var actor = user.Actor();
            var account = await grains.GetGrain<IStaffAccountGrain>(StaffAccountKey.Of(actor)).GetAsync();
            var row = new SupervisionRecordRow(Guid.NewGuid().ToString("N"), session.Id, session.Plan.TrackKey, actor, account?.DisplayName ?? actor,
                account?.External ?? false, filing.Sign, filing.Corrects, filing.Entries, filing.Notes, clock.GetUtcNow());
            if (!await records.AppendAsync(row, cancellationToken))
            {
                // Another silo's supervisor signed (or corrected) first: answered as the rules answer it against what is stored now.
                var now = await records.ForSittingAsync(session.Id, SupervisionRules.MaxRecordsPerSitting, cancellationToken);
                var raced = SupervisionRules.Check(checklist, filing, new SupervisionHistory(now.Count, now.LastOrDefault(r => r.Signed)?.RecordId),
                    session.Status == SessionStatus.Closed, session.Status == SessionStatus.Cancelled);
                return new FilingOutcome.Refused(RefusalCodes.Refuse(raced ?? Refused.Of(SupervisionRefusal.AlreadySigned, now.LastOrDefault(r => r.Signed)?.RecordId ?? "")));
            }

            var action = filing.Corrects is not null ? "supervision.corrected" : filing.Sign ? "supervision.signed" : "supervision.draft-saved";
            var counts = string.Join(", ", Enum.GetValues<SupervisionAnswer>().Select(a => $"{SupervisionAnswers.Word(a)} {filing.Entries.Count(e => e.Answer == a)}"));
            await grains.GetGrain<IAuditTrailGrain>("session/" + session.Id).AppendAsync([new AuditRecord(row.At, actor, action, "session/" + session.Id, "",
                $"record {row.RecordId}{(filing.Corrects is null ? "" : " corrects " + filing.Corrects)}; {(row.External ? "external" : "internal")}; {counts}")]);
            return new FilingOutcome.Filed(ViewOf(row));
        }
        finally
        {
            _filing.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _filing.Dispose();

    private static SupervisionRecordView ViewOf(SupervisionRecordRow r) => new(
        r.RecordId, r.Supervisor, r.SupervisorName, r.External, r.Signed, r.Corrects, r.At,
        r.Entries.Select(e => new SupervisionEntryView(e.ItemId, e.Answer is { } a ? SupervisionAnswers.Word(a) : null, e.Note)).ToList(), r.Notes);
}
