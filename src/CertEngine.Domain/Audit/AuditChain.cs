using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CertEngine.Domain.Audit;

/// <summary>
/// The hash chain that makes the audit log tamper-evident (审计链). Each record carries the hash of its predecessor in
/// its subject's chain, and its own hash covers that predecessor's hash and every field of the record, so changing,
/// removing or reordering a record breaks the chain from there on. Periodic anchors chain the heads of every chain
/// changed since the previous anchor, so removing a whole subject is detected too.
/// </summary>
/// <remarks>
/// The hash is SHA-256 over the fields in a fixed order, each as its UTF-8 byte length (4 bytes, big-endian) followed by
/// its bytes, numbers written in invariant decimal; lower-case hex. Length prefixes make the encoding unambiguous:
/// moving text from one field to the next changes the hash.
/// </remarks>
public static class AuditChain
{
    /// <summary>The predecessor hash of the first record of every chain and of the first anchor.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>The hash of one record given its predecessor's hash.</summary>
    /// <param name="previousHash">The hash of the record before it in the subject's chain, or <see cref="Genesis"/>.</param>
    /// <param name="link">The record.</param>
    public static string HashOf(string previousHash, AuditLink link)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(link);
        return Hash(
            "audit-record/1", previousHash, link.Subject, Number(link.Sequence), link.FactId, Number(link.AtMicroseconds),
            link.Actor, link.Action, link.Reason, link.Details);
    }

    /// <summary>The hash of one anchor given the previous anchor's hash and the chain heads it covers.</summary>
    /// <param name="previousHash">The previous anchor's hash, or <see cref="Genesis"/>.</param>
    /// <param name="sequence">The anchor's number, from 1.</param>
    /// <param name="atMicroseconds">When it was made, in microseconds since the Unix epoch.</param>
    /// <param name="heads">The heads of the chains changed since the previous anchor, in any order (sorted here).</param>
    public static string AnchorHashOf(string previousHash, long sequence, long atMicroseconds, IEnumerable<AuditHead> heads)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(heads);
        var fields = new List<string> { "audit-anchor/1", previousHash, Number(sequence), Number(atMicroseconds) };
        foreach (var head in heads.OrderBy(h => h.Subject, StringComparer.Ordinal))
        {
            fields.Add(head.Subject);
            fields.Add(Number(head.Sequence));
            fields.Add(head.Hash);
        }

        return Hash([.. fields]);
    }

    /// <summary>Microseconds since the Unix epoch: the one precision audit times are stored and hashed at.</summary>
    public static long MicrosecondsOf(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The instant of <paramref name="microseconds"/> since the Unix epoch, in UTC.</summary>
    public static DateTimeOffset At(long microseconds) => DateTimeOffset.UnixEpoch.AddTicks(microseconds * 10);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hash(params string[] fields)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
