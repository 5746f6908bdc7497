using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Analytics;

/// <summary><see cref="IItemMarkStore"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlItemMarkStore(StorageSettings settings) : IItemMarkStore
{
    /// <inheritdoc />
    public async Task<bool> AppendAsync(ItemMark mark, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mark);
        if (!ItemMarks.IsKnown(mark.Mark) || mark.Reason.Length > ItemMarks.MaxReason)
        {
            throw new ArgumentException("Unknown mark or reason too long.", nameof(mark));
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineitemmarks (markid, bankcode, itemid, itemversion, bankversion, mark, reason, actor, atus) " +
            "VALUES (@MarkId, @BankCode, @ItemId, @ItemVersion, @BankVersion, @Mark, @Reason, @Actor, @AtUs) ON CONFLICT DO NOTHING;",
            new { mark.MarkId, mark.BankCode, mark.ItemId, mark.ItemVersion, mark.BankVersion, mark.Mark, mark.Reason, mark.Actor, AtUs = AuditChain.MicrosecondsOf(mark.At) },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ItemMark>> CurrentAsync(string bankCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<MarkRecord>(new CommandDefinition(
            "SELECT m.markid AS MarkId, m.bankcode AS BankCode, m.itemid AS ItemId, m.itemversion AS ItemVersion, m.bankversion AS BankVersion, " +
            "m.mark AS Mark, m.reason AS Reason, m.actor AS Actor, m.atus AS AtUs FROM certengineitemmarks m WHERE m.bankcode = @bankCode " +
            "AND m.mark <> @cleared AND NOT EXISTS (SELECT 1 FROM certengineitemmarks later WHERE later.bankcode = m.bankcode AND later.itemid = m.itemid " +
            "AND (later.atus > m.atus OR (later.atus = m.atus AND later.markid > m.markid))) ORDER BY m.itemid LIMIT @take;",
            new { bankCode, cleared = ItemMarks.Cleared, take = (long)IItemMarkStore.MaxMarks }, cancellationToken: cancellationToken));
        return rows.Select(r => new ItemMark(r.MarkId, r.BankCode, r.ItemId, (int)r.ItemVersion, (int)r.BankVersion, r.Mark, r.Reason, r.Actor, AuditChain.At(r.AtUs))).ToList();
    }

    // Dapper's target, filled through setters (the dialects return integers in their own widths).
    private sealed class MarkRecord
    {
        public string MarkId { get; set; } = "";
        public string BankCode { get; set; } = "";
        public string ItemId { get; set; } = "";
        public long ItemVersion { get; set; }
        public long BankVersion { get; set; }
        public string Mark { get; set; } = "";
        public string Reason { get; set; } = "";
        public string Actor { get; set; } = "";
        public long AtUs { get; set; }
    }
}
