using System.Globalization;
using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Candidates;

/// <summary><see cref="ICandidateDirectory"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper.</summary>
public sealed class SqlCandidateDirectory(StorageSettings settings) : ICandidateDirectory
{
    // The furthest stage, on the searched track or any: certificate, then a result, then an enrolment.
    private const string StageSql =
        "CASE WHEN EXISTS (SELECT 1 FROM certenginecertificates c WHERE c.idnumber = d.idnumber AND (@track = '' OR c.trackkey = @track)) THEN 3 " +
        "WHEN EXISTS (SELECT 1 FROM certenginecomponentresults r WHERE r.idnumber = d.idnumber AND (@track = '' OR r.trackkey = @track)) THEN 2 " +
        "WHEN EXISTS (SELECT 1 FROM certengineenrolments e WHERE e.idnumber = d.idnumber AND (@track = '' OR e.trackkey = @track)) THEN 1 ELSE 0 END";

    // Part of an admission ticket number (准考证号, from four characters, any case): the tickets of every sitting (migration
    // 0021, keyed upper-case), those batches gave (0017) and those a 公示 listed (0010). Each is one uncorrelated, bounded
    // read, not a scan per candidate.
    private const string TicketSql =
        "OR (@digits = 1 AND d.idnumber IN (SELECT st.idnumber FROM certenginesittingtickets st WHERE st.ticketkey LIKE @contains ESCAPE '\\' LIMIT @tickets)) " +
        "OR (@digits = 1 AND d.idnumber IN (SELECT bm.idnumber FROM certenginebatchmembers bm WHERE bm.ticketkey LIKE @contains ESCAPE '\\' LIMIT @tickets)) " +
        "OR (@digits = 1 AND d.idnumber IN (SELECT pl.idnumber FROM certenginepublicitylines pl WHERE UPPER(pl.ticket) LIKE @contains ESCAPE '\\' LIMIT @tickets))";

    private const string MatchSqlTemplate =
        "SELECT d.internalid AS InternalId, d.idnumber AS IdNumber, d.name AS Name, d.county AS County, d.tags AS Tags, d.phone AS Phone, d.atus AS AtUs, " +
        StageSql + " AS Stage, " +
        "CASE WHEN EXISTS (SELECT 1 FROM certenginecandidatephotos p WHERE p.idnumber = d.idnumber) THEN 1 ELSE 0 END AS HasPhoto " +
        "FROM certenginecandidatedirectory d " +
        "WHERE (@text = '' OR UPPER(d.name) LIKE @contains ESCAPE '\\' OR UPPER(d.county) LIKE @contains ESCAPE '\\' " +
        "OR UPPER(d.tags) LIKE @contains ESCAPE '\\' OR (@digits = 1 AND d.phone LIKE @contains ESCAPE '\\') " +
        "OR d.idnumber = @upper OR (@digits = 1 AND d.idnumber LIKE @suffix ESCAPE '\\') OR d.idnumber IN (@holders) " +
        TicketSql + ") " +
        "AND (@track = '' OR EXISTS (SELECT 1 FROM certengineenrolments t WHERE t.idnumber = d.idnumber AND t.trackkey = @track))";

    /// <inheritdoc />
    public async Task<CandidateListingPage> SearchAsync(CandidateSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var text = (search.Text ?? "").Trim();
        if (text.Length > CandidateSearch.MaxTextLength)
        {
            text = text[..CandidateSearch.MaxTextLength];
        }

        var upper = text.ToUpperInvariant();
        var escaped = upper.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        // Never an empty list (a holder '' matches nobody), and one named parameter each: both dialects read the same text.
        var holders = search.IdNumbers.Count == 0 ? [""] : search.IdNumbers.Take(CandidateSearch.MaxTake).ToList();
        var parameters = new DynamicParameters(new
        {
            text,
            upper,
            contains = "%" + escaped + "%",
            suffix = "%" + escaped,
            // A part of an ID number or phone number matches only from four characters: fewer would list half the centre.
            @digits = text.Length >= CandidateSearch.MinIdNumberSuffix ? 1 : 0,
            track = search.TrackKey ?? "",
            stage = search.Stage is { } stage ? (int)stage : -1,
            nophoto = search.WithoutPhotoOnly ? 1 : 0,
            skip = Math.Max(0, search.Skip),
            take = (long)Math.Clamp(search.Take, 0, CandidateSearch.MaxTake),
            tickets = (long)CandidateSearch.MaxTake,
        });
        for (var i = 0; i < holders.Count; i++)
        {
            parameters.Add("h" + i.ToString(CultureInfo.InvariantCulture), holders[i]);
        }

        var match = MatchSqlTemplate.Replace("@holders", string.Join(", ", holders.Select((_, i) => "@h" + i.ToString(CultureInfo.InvariantCulture))), StringComparison.Ordinal);

        // Code-point order in both dialects, so a page holds the same candidates on SQLite and PostgreSQL.
        var order = settings.Dialect == StorageDialect.Postgres ? "x.Name COLLATE \"C\", x.IdNumber COLLATE \"C\"" : "x.Name, x.IdNumber";
        var filtered = $"FROM ({match}) x WHERE (@stage < 0 OR x.Stage = @stage) AND (@nophoto = 0 OR x.HasPhoto = 0)";
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) {filtered};", parameters, cancellationToken: cancellationToken));
        var rows = total == 0 ? [] : await connection.QueryAsync<ListingRecord>(new CommandDefinition(
            $"SELECT x.* {filtered} ORDER BY {order} LIMIT @take OFFSET @skip;", parameters, cancellationToken: cancellationToken));
        return new CandidateListingPage(rows.Select(r => new CandidateListing(r.InternalId, r.IdNumber, r.Name, r.County,
            r.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), r.Phone, (CandidateStage)r.Stage, AuditChain.At(r.AtUs), r.HasPhoto != 0)).ToList(), total);
    }

    /// <inheritdoc />
    public async Task<string?> IdNumberOfAsync(string internalId, CancellationToken cancellationToken = default)
    {
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT idnumber FROM certenginecandidatedirectory WHERE internalid = @internalId LIMIT 1;", new { internalId }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default) =>
        IdNumberLookup.ReadAsync(settings, idNumbers, ICandidateDirectory.MaxNameLookup,
            list => $"SELECT idnumber, name FROM certenginecandidatedirectory WHERE idnumber IN ({list});", cancellationToken);

    // Dapper's target, filled through setters: the dialects return integers in their own widths.
    private sealed class ListingRecord
    {
        public string InternalId { get; set; } = "";
        public string IdNumber { get; set; } = "";
        public string Name { get; set; } = "";
        public string County { get; set; } = "";
        public string Tags { get; set; } = "";
        public string Phone { get; set; } = "";
        public long AtUs { get; set; }
        public long Stage { get; set; }
        public long HasPhoto { get; set; }
    }
}
