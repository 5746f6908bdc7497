using System.Security.Cryptography;
using System.Text;

namespace CertEngine.Server.Features.Results;

/// <summary>
/// The keys the results and 发证 pages give a candidate's row, checkbox and transcript link instead of the whole ID number
/// (which no page puts in an HTML attribute): a keyed hash (HMAC-SHA-256, a salt drawn when the server starts) of the ID
/// number, 22 URL-safe characters, so a key says nothing about the person and cannot be guessed from their number. The
/// server finds the person again among the candidates the page lists (a track's enrolled or its results).
/// </summary>
/// <remarks>
/// The salt lives in memory: a page opened before the server restarted posts keys the new one no longer knows, and is
/// told to reload; nothing else depends on them.
/// </remarks>
public sealed class CandidateRowKeys
{
    /// <summary>The length of a key.</summary>
    public const int Length = 22;

    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(32);

    /// <summary>The key of the candidate with ID number <paramref name="idNumber"/> (case and spaces around it ignored).</summary>
    public string Of(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var hash = HMACSHA256.HashData(_salt, Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant()));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The ID numbers among <paramref name="candidates"/> whose keys are in <paramref name="keys"/>, in the order of the keys; unknown keys are left out.</summary>
    public IReadOnlyList<string> Find(IEnumerable<string> keys, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(candidates);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var idNumber in candidates)
        {
            byKey.TryAdd(Of(idNumber), idNumber);
        }

        return [.. keys.Select(k => byKey.GetValueOrDefault(k.Trim())).OfType<string>().Distinct(StringComparer.Ordinal)];
    }
}
