namespace CertEngine.Storage.Records.Exports;

/// <summary>The export log (migration 0011): every file sent out in the national fields, appended once, listed newest first.</summary>
public interface IExportLog
{
    /// <summary>The largest page <see cref="ListAsync"/> returns.</summary>
    const int MaxTake = 500;

    /// <summary>Stores the entry; a second entry under the same id is ignored. Returns whether it was new.</summary>
    Task<bool> AppendAsync(ExportLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries, newest first, a page (<paramref name="take"/> capped at <see cref="MaxTake"/>), and how many there are.</summary>
    Task<(IReadOnlyList<ExportLogEntry> Entries, long Total)> ListAsync(long skip, int take, CancellationToken cancellationToken = default);
}
