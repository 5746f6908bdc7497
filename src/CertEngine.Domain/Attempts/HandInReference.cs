using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CertEngine.Domain.Attempts;

/// <summary>
/// The reference printed on a candidate's hand-in receipt (交卷回执): eight characters of a SHA-256 over the attempt, the
/// hand-in instant and every saved answer, e.g. <c>7K3Q-9XWD</c>. The same hand-in always gives the same reference, so
/// the centre can recompute it from the stored attempt (it is in the hand-in's audit line) when a candidate quotes it,
/// and a changed answer would no longer match.
/// </summary>
/// <remarks>
/// It is a receipt, not a secret or a signature: 40 bits say that this receipt belongs to this hand-in, and the audit
/// log, not the reference, is the record. Crockford's base 32 (no I, L, O, U) so it is read aloud without mistakes.
/// </remarks>
public static class HandInReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The reference of the hand-in of <paramref name="attempt"/> at <paramref name="submittedAt"/> with <paramref name="answers"/>.</summary>
    /// <param name="attempt">The attempt's key (sitting and ID number).</param>
    /// <param name="submittedAt">When it was handed in (server time).</param>
    /// <param name="answers">Each answered question's index and its stored choices.</param>
    public static string Of(string attempt, DateTimeOffset submittedAt, IEnumerable<KeyValuePair<int, List<string>>> answers)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(answers);
        var text = new StringBuilder(attempt).Append('\n')
            .Append(submittedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (index, choices) in answers.OrderBy(a => a.Key))
        {
            text.Append(index.ToString(CultureInfo.InvariantCulture)).Append('=').AppendJoin(',', choices.Order(StringComparer.Ordinal)).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        var bits = ((ulong)hash[0] << 32) | ((ulong)hash[1] << 24) | ((ulong)hash[2] << 16) | ((ulong)hash[3] << 8) | hash[4];
        var code = new char[9];
        for (var i = 8; i >= 0; i--)
        {
            if (i == 4)
            {
                code[i] = '-';
                continue;
            }

            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(code);
    }
}
