using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CertEngine.Contracts;
using CertEngine.Domain.Analytics;
using CertEngine.Grains.Library;
using CertEngine.Server.Features.Banks;
using CertEngine.Storage.Records.Analytics;
using Microsoft.Extensions.Caching.Memory;

namespace CertEngine.Server.Features.Analytics;

/// <summary>
/// 试题分析: the item analysis of a bank version from the record store's submitted theory attempts (never grain state),
/// its exports (JSON, Excel, the underlying responses as CSV), its charts, and the authors' marks on items. The API and
/// the analysis page both call this.
/// </summary>
/// <remarks>
/// An analysis over 100,000 attempts reads millions of responses (seconds), and a page asks for it again for each chart:
/// the last analyses are kept for <see cref="CacheFor"/>, so a chart may lag a submission by that long. The authors' marks
/// are read afresh every time.
/// </remarks>
public sealed class ItemAnalyst(ExamLibrary library, IItemAnalysisRecords records, IItemMarkStore marks, IGrainFactory grains, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>How long an analysis is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    private readonly Lazy<ItemFlagBounds> _bounds = new(() => ItemFlagBoundsFile.Load(Path.Combine(library.BankRoot, ItemFlagBoundsFile.FileName)));

    /// <summary>The flag bounds in force.</summary>
    public ItemFlagBounds Bounds => _bounds.Value;

    /// <summary>Whether <paramref name="code"/> has a published version <paramref name="version"/>.</summary>
    public async Task<bool> ExistsAsync(string code, int version) =>
        BankWorkshop.IsBankCode(code) && version is >= 1 and <= 100_000 && await library.FindBankAsync(code, version) is not null;

    /// <summary>The analysis of a published version; null when the bank has no such version.</summary>
    public async Task<BankAnalysis?> AnalyseAsync(string code, int version, CancellationToken cancellationToken)
    {
        if (!BankWorkshop.IsBankCode(code) || version is < 1 or > 100_000)
        {
            return null;
        }

        var key = Key(code, version);
        if (cache.TryGetValue(key, out BankAnalysis? cached) && cached is not null)
        {
            return cached with { Marks = await marks.CurrentAsync(code, cancellationToken) };
        }

        if (await library.FindBankAsync(code, version) is not { } bank)
        {
            return null;
        }

        var scores = await records.ScoresAsync(code, version, cancellationToken);
        var cuts = ScoreCuts.From(scores.GroupBy(s => s.Score).Select(g => (g.Key, g.Sum(s => s.Count))));
        var tallies = await records.TallyAsync(code, version, cuts, cancellationToken);
        var papers = scores.Sum(s => s.Count);

        var merged = new Dictionary<(string, int), ItemTally>();
        foreach (var tally in tallies.ByTrack.Values.SelectMany(t => t))
        {
            if (!merged.TryGetValue((tally.ItemId, tally.ItemVersion), out var all))
            {
                merged[(tally.ItemId, tally.ItemVersion)] = all = new ItemTally(tally.ItemId, tally.ItemVersion);
            }

            all.Add(tally);
        }

        foreach (var time in await records.TimesAsync(code, version, cancellationToken))
        {
            if (merged.TryGetValue((time.ItemId, time.ItemVersion), out var timed))
            {
                timed.AddTimes(time.Timed, time.SumSeconds);
            }
        }

        var items = new List<ItemStatistics>();
        foreach (var item in bank.Items)
        {
            var tally = merged.Remove((item.Id, item.Version), out var found) ? found : new ItemTally(item.Id, item.Version);
            items.Add(ItemAnalysis.Analyse(tally, item.Options.Select(o => o.Label).ToList(), item.Key.ToList(), papers, Bounds));
        }

        // Responses to an item id or version the bank version does not hold (a paper drawn before a correction): kept, without a key.
        items.AddRange(merged.Values.OrderBy(t => t.ItemId, StringComparer.Ordinal).ThenBy(t => t.ItemVersion)
            .Select(t => ItemAnalysis.Analyse(t, [], [], papers, Bounds)));

        var tests = scores.GroupBy(s => s.TrackKey, StringComparer.Ordinal).Select(track =>
        {
            var trackTallies = tallies.ByTrack.GetValueOrDefault(track.Key) ?? [];
            return TestAnalysis.Analyse(track.Key, track.Select(s => (s.Score, s.Count)), trackTallies.Sum(t => t.Count),
                trackTallies.Sum(t => t.Count * t.AwardedVariance));
        }).ToList();

        var analysis = new BankAnalysis(code, version, papers, tallies.Responses, Bounds, tallies.Truncated, tests, items, []);
        cache.Set(key, analysis, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheFor, Size = 1 });
        return analysis with { Marks = await marks.CurrentAsync(code, cancellationToken) };
    }

    /// <summary>Every response of the version as CSV (UTF-8 with a BOM so spreadsheets read the Chinese), streamed.</summary>
    public async Task WriteResponsesCsvAsync(string code, int version, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync("attempt,track,item_id,item_version,chosen,correct,awarded,attempt_score");
        var rows = 0;
        await foreach (var row in records.ResponsesAsync(code, version, cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',',
                Csv(row.AttemptKey), Csv(row.TrackKey), Csv(row.ItemId), row.ItemVersion.ToString(CultureInfo.InvariantCulture), Csv(row.Answer),
                row.Correct ? "1" : "0", row.Awarded.ToString("R", CultureInfo.InvariantCulture), row.Score.ToString("R", CultureInfo.InvariantCulture)));
            if (++rows % 10_000 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
    }

    /// <summary>Marks an item of a published version; the refusal, or null when stored (and audited on the bank's trail).</summary>
    public async Task<Refusal?> MarkAsync(string code, int version, string itemId, ItemMarkRequest request, string actor, CancellationToken cancellationToken)
    {
        var mark = request.Mark?.Trim() ?? "";
        var reason = request.Reason?.Trim() ?? "";
        if (!ItemMarks.IsKnown(mark))
        {
            return Refusal.Of(RefusalCode.AnalyticsUnknownMark, mark.Length > 40 ? mark[..40] : mark);
        }

        if (reason.Length == 0 && mark != ItemMarks.Cleared)
        {
            return Refusal.Of(RefusalCode.AnalyticsMarkReasonRequired);
        }

        if (reason.Length > ItemMarks.MaxReason)
        {
            return Refusal.Of(RefusalCode.AnalyticsMarkReasonTooLong, ItemMarks.MaxReason.ToString(CultureInfo.InvariantCulture));
        }

        var item = BankWorkshop.IsBankCode(code) && version is >= 1 and <= 100_000 && await library.FindBankAsync(code, version) is { } bank ? bank.FindItem(itemId) : null;
        if (item is null)
        {
            return Refusal.Of(RefusalCode.AnalyticsItemNotInVersion, itemId.Length > 80 ? itemId[..80] : itemId, version.ToString(CultureInfo.InvariantCulture));
        }

        var at = clock.GetUtcNow();
        var stored = new ItemMark(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), code, item.Id, item.Version, version, mark, reason, actor, at);
        await marks.AppendAsync(stored, cancellationToken);
        var subject = "bank/" + code;
        await grains.GetGrain<IAuditTrailGrain>(subject).AppendAsync(
            [new AuditRecord(at, actor, "item-" + mark, subject, reason, $"item {item.Id} v{item.Version}, analysed on version {version}")]);
        return null;
    }

    private static string Key(string code, int version) => $"item-analysis/{code}/{version.ToString(CultureInfo.InvariantCulture)}";

    // RFC 4180 quoting, and a leading ' for text a spreadsheet would run as a formula (= + - @ tab CR).
    private static string Csv(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
