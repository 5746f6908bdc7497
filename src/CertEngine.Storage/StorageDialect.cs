namespace CertEngine.Storage;

/// <summary>The SQL dialects CertEngine ships for Orleans' ADO.NET providers.</summary>
public enum StorageDialect
{
    /// <summary>SQLite through Microsoft.Data.Sqlite (embedded mode).</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql (cluster mode).</summary>
    Postgres,
}
