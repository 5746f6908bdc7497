using CertEngine.Domain.Audit;
using CertEngine.Storage.Records.Facts;
using Dapper;
using System.Data.Common;

namespace CertEngine.Storage.Records.Reviews;

/// <summary><see cref="IEligibilityReviews"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlEligibilityReviews(StorageSettings settings) : IEligibilityReviews
{
    private const string Select =
        "SELECT r.reviewid AS ReviewId, r.trackkey AS TrackKey, r.idnumber AS IdNumber, COALESCE(d.internalid, '') AS InternalId, COALESCE(d.name, '') AS Name, " +
        "r.conditionid AS ConditionId, r.tocheck AS ToCheck, r.status AS Status, r.submittedus AS SubmittedUs " +
        "FROM certengineeligibilityreviews r LEFT JOIN certenginecandidatedirectory d ON d.idnumber = r.idnumber ";

    /// <inheritdoc />
    public async Task<EligibilityReviewPage> PendingAsync(string? trackKey, long skip, int take, CancellationToken cancellationToken = default)
    {
        var track = (trackKey ?? "").Trim();
        var parameters = new { track, status = "pending", skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, IEligibilityReviews.MaxTake) };
        const string Where = "WHERE r.status = @status AND (@track = '' OR r.trackkey = @track) ";
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM certengineeligibilityreviews r " + Where + ";", parameters, cancellationToken: cancellationToken));
        var rows = parameters.take == 0 ? [] : await connection.QueryAsync<ReviewRecord>(new CommandDefinition(
            Select + Where + "ORDER BY r.submittedus, r.reviewid LIMIT @take OFFSET @skip;", parameters, cancellationToken: cancellationToken));
        return new EligibilityReviewPage([.. rows.Select(Row)], total);
    }

    /// <inheritdoc />
    public async Task<EligibilityReviewRow?> FindAsync(string reviewId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ReviewRecord>(new CommandDefinition(
            Select + "WHERE r.reviewid = @reviewId;", new { reviewId }, cancellationToken: cancellationToken));
        return row is null ? null : Row(row);
    }

    /// <summary>Applies a review fact to the queue's row in the fact store's transaction: a late fact never overwrites a newer one.</summary>
    internal static Task<int> ApplyAsync(DbConnection connection, DbTransaction transaction, EligibilityReviewFact fact, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certengineeligibilityreviews (reviewid, trackkey, idnumber, conditionid, evidenceids, tocheck, status, submittedus, submittedby, decidedby, reason, factid, atus) " +
            "VALUES (@ReviewId, @TrackKey, @IdNumber, @ConditionId, @EvidenceIds, @ToCheck, @Status, @SubmittedUs, @SubmittedBy, @DecidedBy, @Reason, @FactId, @AtUs) " +
            "ON CONFLICT (reviewid) DO UPDATE SET conditionid = excluded.conditionid, evidenceids = excluded.evidenceids, tocheck = excluded.tocheck, " +
            "status = excluded.status, decidedby = excluded.decidedby, reason = excluded.reason, factid = excluded.factid, atus = excluded.atus " +
            "WHERE excluded.atus > certengineeligibilityreviews.atus OR (excluded.atus = certengineeligibilityreviews.atus AND excluded.factid > certengineeligibilityreviews.factid);",
            new
            {
                fact.ReviewId, fact.TrackKey, fact.IdNumber, fact.ConditionId, fact.EvidenceIds, fact.ToCheck, fact.Status, SubmittedUs = AuditChain.MicrosecondsOf(fact.SubmittedAt),
                fact.SubmittedBy, fact.DecidedBy, fact.Reason, fact.FactId, AtUs = AuditChain.MicrosecondsOf(fact.At),
            },
            transaction, cancellationToken: cancellationToken));

    private static EligibilityReviewRow Row(ReviewRecord r) => new(r.ReviewId, r.TrackKey, r.IdNumber, r.InternalId, r.Name, r.ConditionId,
        r.ToCheck.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Status, AuditChain.At(r.SubmittedUs));

    // Dapper's target, filled through setters (the dialects return integers in their own widths).
    private sealed class ReviewRecord
    {
        public string ReviewId { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string InternalId { get; set; } = "";
        public string Name { get; set; } = "";
        public string ConditionId { get; set; } = "";
        public string ToCheck { get; set; } = "";
        public string Status { get; set; } = "";
        public long SubmittedUs { get; set; }
    }
}
