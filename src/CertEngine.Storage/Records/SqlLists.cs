using System.Data.Common;
using System.Text.Json;
using Npgsql;

namespace CertEngine.Storage.Records;

/// <summary>
/// A list of values as one SQL parameter in either dialect: an array for PostgreSQL (<c>= ANY(@p)</c>), a JSON array for
/// SQLite (<c>IN (SELECT value FROM json_each(@p))</c>); never one parameter per value (SQLite looks each parameter's name
/// up among all of them, so 500 of them cost more than the statement, and Dapper does not expand a list for Npgsql).
/// </summary>
internal static class SqlLists
{
    /// <summary>The dialect of an open connection.</summary>
    public static StorageDialect DialectOf(DbConnection connection) => connection is NpgsqlConnection ? StorageDialect.Postgres : StorageDialect.Sqlite;

    /// <summary>The condition "<paramref name="column"/> is one of the list in <paramref name="parameter"/>".</summary>
    public static string In(StorageDialect dialect, string column, string parameter) => dialect == StorageDialect.Postgres
        ? $"{column} = ANY(@{parameter})"
        : $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    /// <summary>The value of a list parameter used with <see cref="In"/>.</summary>
    public static object Of(StorageDialect dialect, IEnumerable<string> values) =>
        dialect == StorageDialect.Postgres ? values.ToArray() : JsonSerializer.Serialize(values);
}
