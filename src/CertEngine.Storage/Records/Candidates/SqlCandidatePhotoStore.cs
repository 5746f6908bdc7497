using CertEngine.Domain.Audit;
using Dapper;

namespace CertEngine.Storage.Records.Candidates;

/// <summary><see cref="ICandidatePhotoStore"/> on the SQLite file or PostgreSQL database of <see cref="StorageSettings"/>, with Dapper: one SQL text for both.</summary>
public sealed class SqlCandidatePhotoStore(StorageSettings settings) : ICandidatePhotoStore
{
    /// <inheritdoc />
    public async Task<CandidatePhoto?> GetAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<PhotoRecord>(new CommandDefinition(
            "SELECT idnumber AS IdNumber, jpeg AS Jpeg, sha256 AS Sha256, width AS Width, height AS Height, actor AS Actor, atus AS AtUs " +
            "FROM certenginecandidatephotos WHERE idnumber = @idNumber;", new { idNumber }, cancellationToken: cancellationToken));
        return row is null ? null : new CandidatePhoto(row.IdNumber, row.Jpeg, row.Sha256, (int)row.Width, (int)row.Height, row.Actor, AuditChain.At(row.AtUs));
    }

    /// <inheritdoc />
    public async Task<string?> SaveAsync(CandidatePhoto photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentOutOfRangeException.ThrowIfZero(photo.Jpeg.Length, nameof(photo));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(photo.Jpeg.Length, CandidatePhoto.MaxBytes, nameof(photo));
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var previous = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT sha256 FROM certenginecandidatephotos WHERE idnumber = @IdNumber;", new { photo.IdNumber }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO certenginecandidatephotos (idnumber, jpeg, sha256, width, height, actor, atus) VALUES (@IdNumber, @Jpeg, @Sha256, @Width, @Height, @Actor, @AtUs) " +
            "ON CONFLICT (idnumber) DO UPDATE SET jpeg = excluded.jpeg, sha256 = excluded.sha256, width = excluded.width, height = excluded.height, " +
            "actor = excluded.actor, atus = excluded.atus;",
            new { photo.IdNumber, photo.Jpeg, photo.Sha256, photo.Width, photo.Height, photo.Actor, AtUs = AuditChain.MicrosecondsOf(photo.At) },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return previous;
    }

    /// <inheritdoc />
    public async Task<string?> RemoveAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var previous = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT sha256 FROM certenginecandidatephotos WHERE idnumber = @idNumber;", new { idNumber }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM certenginecandidatephotos WHERE idnumber = @idNumber;", new { idNumber }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return previous;
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> TagsAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default) =>
        IdNumberLookup.ReadAsync(settings, idNumbers, ICandidatePhotoStore.MaxTagLookup,
            list => $"SELECT idnumber, sha256 FROM certenginecandidatephotos WHERE idnumber IN ({list});", cancellationToken);

    // Dapper's target, filled through setters: the dialects return integers in their own widths.
    private sealed class PhotoRecord
    {
        public string IdNumber { get; set; } = "";
        public byte[] Jpeg { get; set; } = [];
        public string Sha256 { get; set; } = "";
        public long Width { get; set; }
        public long Height { get; set; }
        public string Actor { get; set; } = "";
        public long AtUs { get; set; }
    }
}
