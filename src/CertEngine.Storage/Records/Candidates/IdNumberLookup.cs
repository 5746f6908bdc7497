using System.Globalization;
using Dapper;

namespace CertEngine.Storage.Records.Candidates;

/// <summary>
/// One value per ID number, read for many numbers at once: a statement per <see cref="Chunk"/> numbers, each an
/// <c>IN</c> list of named parameters (both dialects read the same text, well under SQLite's parameter limit).
/// </summary>
internal static class IdNumberLookup
{
    /// <summary>ID numbers per statement.</summary>
    public const int Chunk = 500;

    /// <summary>
    /// ID number → value for each of <paramref name="idNumbers"/> (distinct, at most <paramref name="max"/>) that
    /// <paramref name="select"/> finds; <paramref name="select"/> is given the <c>IN</c> list and selects the number and the value.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(
        StorageSettings settings, IReadOnlyCollection<string> idNumbers, int max, Func<string, string> select, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var wanted = idNumbers.Distinct(StringComparer.Ordinal).Take(max).ToList();
        if (wanted.Count == 0)
        {
            return found;
        }

        await using var connection = await StorageConnections.OpenAsync(settings, cancellationToken);
        foreach (var chunk in wanted.Chunk(Chunk))
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add("n" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            }

            var list = string.Join(", ", chunk.Select((_, i) => "@n" + i.ToString(CultureInfo.InvariantCulture)));
            foreach (var (idNumber, value) in await connection.QueryAsync<(string IdNumber, string Value)>(
                new CommandDefinition(select(list), parameters, cancellationToken: cancellationToken)))
            {
                found[idNumber] = value;
            }
        }

        return found;
    }
}
