using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Domain;
using CertEngine.Domain.Publicity;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Publicity;

namespace CertEngine.Server.Features.Publicity;

/// <summary>
/// Objections (异议) to 公示 lines: a candidate lodges one with the ticket and full ID number of their line (the answer
/// never says whether they matched); a manager lists, answers and closes them, each step audited on the notice. An
/// objection not closed holds that candidate's certificate back (the track grain's issuance gate reads the same table).
/// </summary>
public sealed class ObjectionDesk(IGrainFactory grains, IPublicityRecords records, TimeProvider clock)
{
    /// <summary>The longest objection or answer, in characters.</summary>
    public const int MaxText = 1_000;

    /// <summary>Lodges an objection; null when stored or silently dropped alike, or why it is refused (no notice, period over).</summary>
    /// <returns>Null: received (whether or not the ticket and ID number matched a line). A refusal: nothing was stored.</returns>
    public async Task<Refusal?> LodgeAsync(string publicityId, string ticket, string idNumber, string text, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxText);
        if (await records.FindAsync(publicityId, cancellationToken) is not { } notice)
        {
            return Refused.Of(PublicityRefusal.NoSuchObjection).ToReply();
        }

        var now = clock.GetUtcNow();
        if (ChinaTime.DateOf(now) > notice.EndsOn)
        {
            return Refused.Of(PublicityRefusal.PeriodOver, notice.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToReply();
        }

        var objection = new PublicityObjection("YY" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), notice.PublicityId, idNumber, ticket, text, now,
            PublicityObjectionStatus.Open, "", "", null, "", null);
        if (await records.LodgeAsync(objection, cancellationToken))
        {
            await AuditAsync(notice.PublicityId, "public", "publicity.objection.lodged", $"{objection.ObjectionId} ticket {ticket}");
        }

        return null;
    }

    /// <summary>Objections oldest first, by status (null: those not closed) and notice, a page (from 1).</summary>
    public Task<IReadOnlyList<PublicityObjection>> ListAsync(string? status, string? publicityId, int page, CancellationToken cancellationToken) =>
        records.ObjectionsAsync(status, publicityId, (long)(Math.Max(1, page) - 1) * IPublicityRecords.MaxTake, IPublicityRecords.MaxTake, cancellationToken);

    /// <summary>How many objections are not closed (the dashboard's count).</summary>
    public Task<int> CountHoldingAsync(CancellationToken cancellationToken) => records.CountHoldingAsync(cancellationToken);

    /// <summary>Answers an objection not closed (an answer may be corrected until it is closed); null when done.</summary>
    public async Task<Refusal?> AnswerAsync(string objectionId, string answer, string actor, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answer.Length, MaxText);
        if (await records.ObjectionAsync(objectionId, cancellationToken) is not { } objection)
        {
            return Refused.Of(PublicityRefusal.NoSuchObjection).ToReply();
        }

        if (!await records.AnswerAsync(objectionId, answer, actor, clock.GetUtcNow(), cancellationToken))
        {
            return Refused.Of(PublicityRefusal.ObjectionClosed).ToReply();
        }

        await AuditAsync(objection.PublicityId, actor, "publicity.objection.answered", $"{objectionId}: {answer}");
        return null;
    }

    /// <summary>Closes an answered objection, releasing the certificate it held back; null when done.</summary>
    public async Task<Refusal?> CloseAsync(string objectionId, string actor, CancellationToken cancellationToken)
    {
        if (await records.ObjectionAsync(objectionId, cancellationToken) is not { } objection)
        {
            return Refused.Of(PublicityRefusal.NoSuchObjection).ToReply();
        }

        if (!await records.CloseAsync(objectionId, actor, clock.GetUtcNow(), cancellationToken))
        {
            return Refused.Of(objection.Status == PublicityObjectionStatus.Closed ? PublicityRefusal.ObjectionClosed : PublicityRefusal.AnswerFirst).ToReply();
        }

        await AuditAsync(objection.PublicityId, actor, "publicity.objection.closed", objectionId);
        return null;
    }

    private Task AuditAsync(string publicityId, string actor, string action, string details)
    {
        var subject = ResultPublication.Subject(publicityId);
        return grains.GetGrain<IAuditTrailGrain>(subject).AppendAsync([new AuditRecord(clock.GetUtcNow(), actor, action, subject, "", details)]);
    }
}
