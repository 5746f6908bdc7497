using System.Data.Common;
using System.Globalization;
using CertEngine.Domain.Audit;
using CertEngine.Storage.Records.Candidates;
using Dapper;

namespace CertEngine.Storage.Records.Facts;

/// <summary><see cref="IFactStore"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlFactStore(StorageSettings settings) : IFactStore
{
    /// <summary>The largest page a read returns.</summary>
    public const int MaxTake = 10_000;

    /// <summary>The most responses one attempt fact may carry (a paper is at most a few hundred questions).</summary>
    public const int MaxResponses = 1_000;


    /// <inheritdoc />
    public async Task<int> AppendAsync(IReadOnlyList<RecordFact> facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Count == 0 ? 0 : (await AppendGroupsAsync([facts], cancellationToken))[0];
    }

    /// <summary>
    /// Stores several callers' facts in one transaction (one connection, one commit): how many of each group's facts were
    /// new. Used by <see cref="FactWriter"/> to write the facts of many grains together.
    /// </summary>
    public async Task<IReadOnlyList<int>> AppendGroupsAsync(IReadOnlyList<IReadOnlyList<RecordFact>> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var counts = new int[groups.Count];
        if (groups.All(g => g.Count == 0))
        {
            return counts;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sums = new Analytics.ItemSumsBatch();
        for (var i = 0; i < groups.Count; i++)
        {
            counts[i] = await AppendAsync(connection, transaction, groups[i], sums, cancellationToken);
        }

        // The item analysis sums (migrations 0016, 0019) follow the new facts, in the same transaction, all together.
        await sums.ApplyAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private static async Task<int> AppendAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<RecordFact> facts, Analytics.ItemSumsBatch sums, CancellationToken cancellationToken)
    {
        var stored = 0;
        var people = new List<(string TrackKey, string IdNumber)>();
        foreach (var fact in facts)
        {
            var before = stored;
            stored += fact switch
            {
                TheoryAttemptFact attempt => await InsertAsync(connection, transaction, attempt, sums, cancellationToken),
                ComponentResultFact result => await ExecuteAsync(connection, transaction,
                    "INSERT INTO certenginecomponentresults (factid, trackkey, idnumber, component, sessionid, score, passmark, examdate, voided, atus) " +
                    "VALUES (@FactId, @TrackKey, @IdNumber, @Component, @SessionId, @Score, @PassMark, @ExamDate, @Voided, @AtUs) ON CONFLICT DO NOTHING;",
                    new { result.FactId, result.TrackKey, result.IdNumber, result.Component, result.SessionId, result.Score, result.PassMark, ExamDate = Date(result.ExamDate), Voided = result.Voided ? 1 : 0, AtUs = Us(result.At) },
                    cancellationToken),
                CertificateIssuedFact issued => await ExecuteAsync(connection, transaction,
                    "INSERT INTO certenginecertificates (factid, number, kind, trackkey, idnumber, holdername, occupationcode, worktype, level, issuedon, actor, atus) " +
                    "VALUES (@FactId, @Number, @Kind, @TrackKey, @IdNumber, @HolderName, @OccupationCode, @WorkType, @Level, @IssuedOn, @Actor, @AtUs) ON CONFLICT DO NOTHING;",
                    new
                    {
                        issued.FactId, issued.Number, issued.Kind, issued.TrackKey, issued.IdNumber, issued.HolderName, issued.OccupationCode, issued.WorkType, issued.Level,
                        IssuedOn = Date(issued.IssuedOn), issued.Actor, AtUs = Us(issued.At),
                    },
                    cancellationToken),
                CertificateStatusFact change => await ExecuteAsync(connection, transaction,
                    "INSERT INTO certenginecertificateevents (factid, number, sequence, status, reason, actor, replacedby, atus) " +
                    "VALUES (@FactId, @Number, @Sequence, @Status, @Reason, @Actor, @ReplacedBy, @AtUs) ON CONFLICT DO NOTHING;",
                    new { change.FactId, change.Number, change.Sequence, change.Status, change.Reason, change.Actor, change.ReplacedBy, AtUs = Us(change.At) },
                    cancellationToken),
                PracticalSheetFact sheet => await InsertAsync(connection, transaction, sheet, cancellationToken),
                AdjudicationFact ruling => await ExecuteAsync(connection, transaction,
                    "INSERT INTO certengineadjudications (factid, attemptkey, sessionid, taskid, chief, score, reason, atus) " +
                    "VALUES (@FactId, @AttemptKey, @SessionId, @TaskId, @Chief, @Score, @Reason, @AtUs) ON CONFLICT DO NOTHING;",
                    new { ruling.FactId, ruling.AttemptKey, ruling.SessionId, ruling.TaskId, ruling.Chief, ruling.Score, ruling.Reason, AtUs = Us(ruling.At) },
                    cancellationToken),
                CandidateProfileFact profile => await InsertAsync(connection, transaction, profile, cancellationToken),
                EligibilityReviewFact review => await Reviews.SqlEligibilityReviews.ApplyAsync(connection, transaction, review, cancellationToken),
                AttemptConductFact conduct => await Integrity.SqlSittingSignalRecords.InsertAsync(connection, transaction, conduct, sums, cancellationToken),
                _ => throw new ArgumentException($"Unknown fact type {fact.GetType().Name}.", nameof(facts)),
            };
            if (fact is ComponentResultFact counted && stored > before)
            {
                people.Add((counted.TrackKey, counted.IdNumber));
            }
        }

        // The programme report's per-person summary (migration 0018) follows each new result, in the same transaction.
        await Programmes.ProgrammePeople.RefreshAsync(connection, transaction, people, cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResponseRow>> ResponsesAsync(string bankCode, int bankVersion, long skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<ResponseRecord>(new CommandDefinition(
            "SELECT a.factid AS AttemptFactId, a.attemptkey AS AttemptKey, a.kind AS Kind, r.position AS Position, r.itemid AS ItemId, " +
            "r.itemversion AS ItemVersion, r.shown AS Shown, r.answer AS Answer, r.correct AS Correct, r.awarded AS Awarded, a.score AS AttemptScore " +
            "FROM certenginetheoryattempts a JOIN certengineresponses r ON r.factid = a.factid " +
            "WHERE a.bankcode = @bankCode AND a.bankversion = @bankVersion ORDER BY a.atus, a.factid, r.position LIMIT @take OFFSET @skip;",
            new { bankCode, bankVersion, skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken));
        return rows.Select(r => new ResponseRow(r.AttemptFactId, r.AttemptKey, r.Kind, (int)r.Position, r.ItemId, (int)r.ItemVersion, r.Shown, r.Answer, r.Correct != 0,
            r.Awarded, r.AttemptScore)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ComponentResultRow>> ComponentResultsAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        // The latest fact per candidate, component and sitting: a regrade's result supersedes the first.
        var rows = await connection.QueryAsync<ResultRecord>(new CommandDefinition(
            "SELECT c.trackkey AS TrackKey, c.idnumber AS IdNumber, c.component AS Component, c.sessionid AS SessionId, c.score AS Score, " +
            "c.passmark AS PassMark, c.examdate AS ExamDate, c.voided AS Voided, c.atus AS AtUs FROM certenginecomponentresults c " +
            "WHERE c.trackkey = @trackKey AND NOT EXISTS (SELECT 1 FROM certenginecomponentresults later WHERE later.trackkey = c.trackkey " +
            "AND later.idnumber = c.idnumber AND later.component = c.component AND later.sessionid = c.sessionid " +
            "AND (later.atus > c.atus OR (later.atus = c.atus AND later.factid > c.factid))) " +
            "ORDER BY c.idnumber, c.component, c.sessionid LIMIT @take OFFSET @skip;",
            new { trackKey, skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken));
        return rows.Select(r => new ComponentResultRow(r.TrackKey, r.IdNumber, r.Component, r.SessionId, r.Score, r.PassMark, ParseDate(r.ExamDate),
            r.Voided != 0, AuditChain.At(r.AtUs))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CertificateRow>> CertificatesAsync(string trackKey, long skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var rows = await connection.QueryAsync<CertificateRecord>(new CommandDefinition(
            "SELECT c.number AS Number, c.trackkey AS TrackKey, c.idnumber AS IdNumber, c.holdername AS HolderName, c.occupationcode AS OccupationCode, " +
            "c.level AS Level, c.issuedon AS IssuedOn, COALESCE((SELECT e.status FROM certenginecertificateevents e WHERE e.number = c.number " +
            "ORDER BY e.sequence DESC LIMIT 1), '') AS Status FROM certenginecertificates c WHERE c.trackkey = @trackKey " +
            "ORDER BY c.atus, c.number LIMIT @take OFFSET @skip;",
            new { trackKey, skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken));
        return rows.Select(r => new CertificateRow(r.Number, r.TrackKey, r.IdNumber, r.HolderName, r.OccupationCode, r.Level is { } level ? (int)level : null,
            ParseDate(r.IssuedOn), r.Status)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PracticalSheetRow>> PracticalSheetsAsync(string sessionId, long skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var sheets = (await connection.QueryAsync<SheetRecord>(new CommandDefinition(
            "SELECT factid AS FactId, attemptkey AS AttemptKey, station AS Station, taskid AS TaskId, assessor AS Assessor, total AS Total, vetoes AS Vetoes, " +
            "atus AS AtUs FROM certenginepracticalsheets WHERE sessionid = @sessionId ORDER BY attemptkey, taskid, assessor LIMIT @take OFFSET @skip;",
            new { sessionId, skip = Math.Max(0, skip), take = (long)Math.Clamp(take, 0, MaxTake) }, cancellationToken: cancellationToken))).ToList();
        if (sheets.Count == 0)
        {
            return [];
        }

        var marks = (await connection.QueryAsync<MarkRecord>(new CommandDefinition(
            "SELECT m.factid AS FactId, m.criterion AS Criterion, m.points AS Points FROM certenginepracticalmarks m " +
            "JOIN certenginepracticalsheets s ON s.factid = m.factid WHERE s.sessionid = @sessionId;",
            new { sessionId }, cancellationToken: cancellationToken))).ToLookup(m => m.FactId);
        var rulings = (await connection.QueryAsync<RulingRecord>(new CommandDefinition(
            "SELECT attemptkey AS AttemptKey, taskid AS TaskId, score AS Score FROM certengineadjudications WHERE sessionid = @sessionId;",
            new { sessionId }, cancellationToken: cancellationToken))).ToDictionary(r => (r.AttemptKey, r.TaskId), r => r.Score);
        return sheets.Select(s => new PracticalSheetRow(s.AttemptKey, (int)s.Station, s.TaskId, s.Assessor, s.Total, s.Vetoes,
            marks[s.FactId].ToDictionary(m => m.Criterion, m => m.Points), rulings.TryGetValue((s.AttemptKey, s.TaskId), out var ruled) ? ruled : null,
            AuditChain.At(s.AtUs))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CandidateRow>> CandidatesAsync(string? search, long skip, int take, CancellationToken cancellationToken = default)
    {
        var page = await new SqlCandidateDirectory(settings).SearchAsync(new CandidateSearch(search, [], null, null, skip, take), cancellationToken);
        return page.Candidates.Select(c => new CandidateRow(c.InternalId, c.IdNumber, c.Name, c.County, c.Tags, c.At)).ToList();
    }

    private static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, CandidateProfileFact profile, CancellationToken cancellationToken)
    {
        var values = new
        {
            profile.FactId, profile.InternalId, profile.IdNumber, profile.Name, profile.County, profile.Tags, Phone = profile.Phone ?? "", profile.Actor, AtUs = Us(profile.At),
        };
        var stored = await ExecuteAsync(connection, transaction,
            "INSERT INTO certenginecandidates (factid, internalid, idnumber, name, county, tags, phone, actor, atus) " +
            "VALUES (@FactId, @InternalId, @IdNumber, @Name, @County, @Tags, @Phone, @Actor, @AtUs) ON CONFLICT DO NOTHING;", values, cancellationToken);
        if (stored == 1)
        {
            // The directory keeps the latest profile: a fact delivered late (an outbox retried) never overwrites a newer one.
            await ExecuteAsync(connection, transaction,
                "INSERT INTO certenginecandidatedirectory (idnumber, internalid, name, county, tags, phone, factid, atus) " +
                "VALUES (@IdNumber, @InternalId, @Name, @County, @Tags, @Phone, @FactId, @AtUs) ON CONFLICT (idnumber) DO UPDATE SET " +
                "internalid = excluded.internalid, name = excluded.name, county = excluded.county, tags = excluded.tags, phone = excluded.phone, " +
                "factid = excluded.factid, atus = excluded.atus WHERE excluded.atus > certenginecandidatedirectory.atus " +
                "OR (excluded.atus = certenginecandidatedirectory.atus AND excluded.factid > certenginecandidatedirectory.factid);",
                values, cancellationToken);
            await Programmes.ProgrammePeople.CountyAsync(connection, transaction, profile.IdNumber, cancellationToken);
        }

        return stored;
    }

    private static async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, PracticalSheetFact sheet, CancellationToken cancellationToken)
    {
        var stored = await ExecuteAsync(connection, transaction,
            "INSERT INTO certenginepracticalsheets (factid, attemptkey, sessionid, station, trackkey, idnumber, bankcode, bankversion, taskid, assessor, total, vetoes, remark, atus) " +
            "VALUES (@FactId, @AttemptKey, @SessionId, @Station, @TrackKey, @IdNumber, @BankCode, @BankVersion, @TaskId, @Assessor, @Total, @Vetoes, @Remark, @AtUs) " +
            "ON CONFLICT DO NOTHING;",
            new
            {
                sheet.FactId, sheet.AttemptKey, sheet.SessionId, sheet.Station, sheet.TrackKey, sheet.IdNumber, sheet.BankCode, sheet.BankVersion, sheet.TaskId,
                sheet.Assessor, sheet.Total, sheet.Vetoes, sheet.Remark, AtUs = Us(sheet.At),
            },
            cancellationToken);
        if (stored == 1 && sheet.Marks.Count > 0)
        {
            await ManyRows.InsertAsync(connection, transaction, "certenginepracticalmarks", ["factid", "criterion", "points"], sheet.FactId,
                sheet.Marks.Take(MaxResponses), m => [m.Criterion, m.Points], cancellationToken);
        }

        return stored;
    }

    private static async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, TheoryAttemptFact attempt, Analytics.ItemSumsBatch sums, CancellationToken cancellationToken)
    {
        if (attempt.Responses.Count > MaxResponses)
        {
            throw new ArgumentException($"Attempt fact {attempt.FactId} carries {attempt.Responses.Count} responses; at most {MaxResponses}.", nameof(attempt));
        }

        var stored = await ExecuteAsync(connection, transaction,
            "INSERT INTO certenginetheoryattempts (factid, attemptkey, kind, sessionid, seat, trackkey, idnumber, bankcode, bankversion, gradedversion, level, worktype, score, passmark, actor, atus) " +
            "VALUES (@FactId, @AttemptKey, @Kind, @SessionId, @Seat, @TrackKey, @IdNumber, @BankCode, @BankVersion, @GradedVersion, @Level, @WorkType, @Score, @PassMark, @Actor, @AtUs) " +
            "ON CONFLICT DO NOTHING;",
            new
            {
                attempt.FactId, attempt.AttemptKey, attempt.Kind, attempt.SessionId, attempt.Seat, attempt.TrackKey, attempt.IdNumber, attempt.BankCode, attempt.BankVersion,
                attempt.GradedVersion, attempt.Level, attempt.WorkType, attempt.Score, attempt.PassMark, attempt.Actor, AtUs = Us(attempt.At),
            },
            cancellationToken);
        // The responses go in statements of many rows, so a submission holds its connection for a few statements.
        if (stored == 1)
        {
            await ManyRows.InsertAsync(connection, transaction, "certengineresponses",
                ["factid", "position", "itemid", "itemversion", "type", "shown", "answer", "correct", "awarded", "points"], attempt.FactId, attempt.Responses,
                r => [r.Position, r.ItemId, r.ItemVersion, r.Type, r.Shown, r.Answer, r.Correct ? 1 : 0, r.Awarded, r.Points], cancellationToken);
        }

        if (stored == 1)
        {
            // Counted into the item analysis sums before the transaction commits; a retried fact is not counted twice.
            sums.Attempt(attempt.FactId, attempt.AttemptKey);
        }

        return stored;
    }

    private static Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static long Us(DateTimeOffset at) => AuditChain.MicrosecondsOf(at);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dapper's targets, filled through setters: the two dialects return integers and numbers in their own widths
    // (SQLite long and double, PostgreSQL int and decimal), which Dapper converts for a property but not for a constructor.
    private sealed class ResponseRecord
    {
        public string AttemptFactId { get; set; } = "";
        public string AttemptKey { get; set; } = "";
        public string Kind { get; set; } = "";
        public long Position { get; set; }
        public string ItemId { get; set; } = "";
        public long ItemVersion { get; set; }
        public string Shown { get; set; } = "";
        public string Answer { get; set; } = "";
        public long Correct { get; set; }
        public decimal Awarded { get; set; }
        public decimal AttemptScore { get; set; }
    }

    private sealed class ResultRecord
    {
        public string TrackKey { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Component { get; set; } = "";
        public string SessionId { get; set; } = "";
        public decimal Score { get; set; }
        public decimal PassMark { get; set; }
        public string ExamDate { get; set; } = "";
        public long Voided { get; set; }
        public long AtUs { get; set; }
    }

    private sealed class CertificateRecord
    {
        public string Number { get; set; } = "";
        public string TrackKey { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string HolderName { get; set; } = "";
        public string OccupationCode { get; set; } = "";
        public long? Level { get; set; }
        public string IssuedOn { get; set; } = "";
        public string Status { get; set; } = "";
    }

    private sealed class SheetRecord
    {
        public string FactId { get; set; } = "";
        public string AttemptKey { get; set; } = "";
        public long Station { get; set; }
        public string TaskId { get; set; } = "";
        public string Assessor { get; set; } = "";
        public decimal Total { get; set; }
        public string Vetoes { get; set; } = "";
        public long AtUs { get; set; }
    }

    private sealed class MarkRecord
    {
        public string FactId { get; set; } = "";
        public string Criterion { get; set; } = "";
        public decimal Points { get; set; }
    }

    private sealed class RulingRecord
    {
        public string AttemptKey { get; set; } = "";
        public string TaskId { get; set; } = "";
        public decimal Score { get; set; }
    }
}
