using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace CertEngine.Storage.Records.Facts;

/// <summary>
/// Inserts the rows of one fact (an attempt's responses, its answer timings, a sheet's marks) in statements of many rows:
/// one round trip per <see cref="RowsPerStatement"/> rows instead of one per row, as Dapper runs a list. At a synchronised
/// deadline thousands of hand-ins reach the one fact writer together, so each round trip saved there is saved thousands
/// of times (docs/performance.md "The deadline and the pool"). Both dialects take the same statement.
/// </summary>
internal static class ManyRows
{
    /// <summary>The most rows one statement carries (at 10 columns, 2,000 parameters: far below either dialect's bound).</summary>
    public const int RowsPerStatement = 200;

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/> (<paramref name="columns"/>, the first of them the
    /// fact id <paramref name="factId"/>), skipping rows already there; <paramref name="values"/> gives a row's other
    /// columns in order.
    /// </summary>
    public static async Task InsertAsync<T>(
        DbConnection connection, DbTransaction transaction, string table, string[] columns, string factId, IEnumerable<T> rows,
        Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
            var parameters = new DynamicParameters();
            parameters.Add("f", factId);
            for (var row = 0; row < chunk.Length; row++)
            {
                var cells = values(chunk[row]);
                if (cells.Length != columns.Length - 1)
                {
                    throw new ArgumentException($"a row of {table} has {cells.Length} values for {columns.Length - 1} columns", nameof(values));
                }

                sql.Append(row == 0 ? "(@f" : ", (@f");
                for (var column = 0; column < cells.Length; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");
                    sql.Append(", @").Append(name);
                    parameters.Add(name, cells[column]);
                }

                sql.Append(')');
            }

            sql.Append(" ON CONFLICT DO NOTHING;");
            await connection.ExecuteAsync(new CommandDefinition(sql.ToString(), parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
