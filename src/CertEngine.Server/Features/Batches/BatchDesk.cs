using System.Globalization;
using System.Security.Cryptography;
using CertEngine.Contracts;
using CertEngine.Contracts.Candidates;
using CertEngine.Contracts.Sessions;
using CertEngine.Contracts.Tracks;
using CertEngine.Domain;
using CertEngine.Domain.Batches;
using CertEngine.Grains.Audit;
using CertEngine.Grains.Replies;
using CertEngine.Storage.Records.Batches;

namespace CertEngine.Server.Features.Batches;

/// <summary>
/// Exam batches (批次): a named round of one track (2026年第12批) at one centre over a few days, whose theory and practical
/// sittings are scheduled into it from the sittings page; each candidate keeps one admission ticket number across them (the
/// sitting grain enforces it when it schedules). Creating a batch is audited on <c>batch/{id}</c>. Shared by
/// <see cref="BatchApi"/> and the batch pages.
/// </summary>
public sealed class BatchDesk(IGrainFactory grains, IBatchRecords records, TimeProvider clock)
{
    /// <summary>Candidates per page of a batch.</summary>
    public const int PageSize = 100;

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Whether the text has the shape of a batch id (<c>B</c>, the first day as <c>yyyyMMdd</c>, <c>-</c>, 4 letters or digits).</summary>
    public static bool IsId(string? id) => id is { Length: 14 } && id[0] == 'B' && id[1..9].All(char.IsAsciiDigit) && id[9] == '-' && id[10..].All(Alphabet.Contains);

    /// <summary>Creates a batch of an opened track; the batch, or why not (nothing written then).</summary>
    public async Task<(BatchRow? Batch, CommandReply Reply)> CreateAsync(string trackKey, string name, string centre, DateOnly firstDay, DateOnly lastDay, string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(centre);
        if (await grains.GetGrain<ICertificationTrackGrain>(trackKey).GetAsync() is null)
        {
            return (null, CommandReply.Refuse($"认定项目 {trackKey} 未开设 (track not opened)"));
        }

        if (BatchRules.Check(name.Trim(), centre.Trim(), firstDay, lastDay) is { } refused)
        {
            return (null, RefusalCodes.Refuse(refused));
        }

        var batch = new BatchRow(NewId(firstDay), trackKey, name.Trim(), centre.Trim(), firstDay, lastDay, actor, clock.GetUtcNow());
        if (!await records.CreateAsync(batch, cancellationToken))
        {
            return (null, RefusalCodes.Refuse(Refused.Of(BatchRefusal.NameTaken, batch.Name)));
        }

        await grains.AuditAsync(clock, "batch/" + batch.BatchId, actor, "batch.created", "",
            string.Create(CultureInfo.InvariantCulture, $"{trackKey} {batch.Name} {batch.Centre} {firstDay:yyyy-MM-dd}–{lastDay:yyyy-MM-dd}"));
        return (batch, CommandReply.Ok);
    }

    /// <summary>Batches of one track (or all), latest first day first, page <paramref name="page"/> (from 1) of <see cref="IBatchRecords.MaxTake"/>.</summary>
    public Task<IReadOnlyList<BatchRow>> ListAsync(string? trackKey, int page, CancellationToken cancellationToken) =>
        records.ListAsync(trackKey, (Math.Max(1, page) - 1) * IBatchRecords.MaxTake, IBatchRecords.MaxTake, cancellationToken);

    /// <summary>The batch with its sittings and page <paramref name="page"/> (from 1) of its candidates, or null.</summary>
    public async Task<BatchDetails?> DetailsAsync(string batchId, int page, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return null;
        }

        var snapshots = await Task.WhenAll((await records.SittingsAsync(batch.BatchId, cancellationToken))
            .Select(id => grains.GetGrain<IExamSessionGrain>(id).GetAsync()));
        var sittings = snapshots.OfType<SessionSnapshot>().OrderBy(s => s.Plan.StartsAt).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => new BatchSitting(s.Id, s.Plan.Component.ToString(), s.Status.ToString(), s.Plan.StartsAt,
            s.Plan.Centre, s.Plan.Room, s.Plan.Roster.Count)).ToList();
        var count = await records.CountMembersAsync(batch.BatchId, cancellationToken);
        var pages = (int)Math.Max(1, (count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var members = await records.MembersAsync(batch.BatchId, (page - 1) * PageSize, PageSize, cancellationToken);
        var lines = await Task.WhenAll(members.Select(async m =>
            new BatchCandidate(m.Ticket, m.IdNumber, (await grains.GetGrain<ICandidateGrain>(m.IdNumber).GetAsync())?.Profile.Name ?? "")));
        return new BatchDetails(batch, sittings, count, page, pages, lines);
    }

    private static string NewId(DateOnly firstDay) =>
        "B" + firstDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + RandomNumberGenerator.GetString(Alphabet, 4);
}
