using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// A salted hash of a holder's ID number (证件号码), as the signed token carries it instead of the number: whoever holds
/// the ID card can check that it belongs to the certificate, and no one can read the number back from the token.
/// </summary>
/// <remarks>
/// <para>
/// The hash is SHA-256 over the UTF-8 bytes of the ID number (upper case) followed by <see cref="Salt"/>, base64url
/// without padding. <see cref="Compute"/> keeps all 32 bytes: that is Open Badges 3.0's salted <c>IdentityHash</c>, and
/// what version-2 tokens carry. <see cref="ComputeCompact"/> keeps the first <see cref="CompactHashBytes"/> bytes under a
/// salt of <see cref="CompactSaltBytes"/> random bytes, for version-3 tokens, whose QR code must stay small.
/// </para>
/// <para>
/// Why 96 bits are enough: the signature already stops anyone from changing the digest, so the only use of a collision
/// is a second ID number that also matches a genuine token. There are fewer than 2^37 well-formed resident ID numbers
/// (region, birth date, sequence, check digit), so the chance that any other one matches a 96-bit digest is below
/// 2^37 / 2^96 = 2^-59. A longer hash would not keep a determined guesser from the number either: the space is small
/// enough to try in full whatever the length, which is why the page masks the number from the stored record and the
/// token never narrows it. The salt only has to differ between certificates, so that two certificates of one holder
/// carry unrelated digests and no table is shared between them; with 64 random bits the chance of any repeat among a
/// million certificates is about one in 37 million, and a repeat would only link two certificates, not reveal a number.
/// </para>
/// </remarks>
/// <param name="Salt">A random text drawn per certificate (base64url of 16 bytes for version 2, of 8 for version 3).</param>
/// <param name="Hash">base64url(SHA-256(UTF-8(idNumber + salt))), 43 characters; or its first 12 bytes, 16 characters.</param>
public sealed record IdNumberDigest(string Salt, string Hash)
{
    /// <summary>How many bytes of SHA-256 a compact (version-3) digest keeps: 96 bits.</summary>
    public const int CompactHashBytes = 12;

    /// <summary>How many random bytes a compact (version-3) digest's salt holds: 64 bits.</summary>
    public const int CompactSaltBytes = 8;

    private const int FullHashBytes = 32;

    /// <summary>The full 32-byte digest of <paramref name="idNumber"/> under <paramref name="salt"/>.</summary>
    /// <exception cref="ArgumentException">A blank ID number or salt.</exception>
    public static IdNumberDigest Compute(string idNumber, string salt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(salt);
        return new IdNumberDigest(salt, Base64Url.EncodeToString(HashOf(idNumber, salt)));
    }

    /// <summary>The compact digest: the first <see cref="CompactHashBytes"/> bytes of the full one.</summary>
    /// <exception cref="ArgumentException">A blank ID number or salt.</exception>
    public static IdNumberDigest ComputeCompact(string idNumber, string salt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(salt);
        return new IdNumberDigest(salt, Base64Url.EncodeToString(HashOf(idNumber, salt).AsSpan(0, CompactHashBytes)));
    }

    /// <summary>True when the hash is the full 32 bytes (version 2), false when compact (version 3).</summary>
    public bool IsFull => Base64Url.GetMaxDecodedLength(Hash.Length) == FullHashBytes;

    /// <summary>
    /// True when <paramref name="idNumber"/> is the number this digest was made of (compared in fixed time), for a full
    /// or a compact digest; false for a hash of any other length.
    /// </summary>
    public bool Matches(string? idNumber)
    {
        if (string.IsNullOrWhiteSpace(idNumber) || !Base64Url.IsValid(Hash))
        {
            return false;
        }

        var expected = Base64Url.DecodeFromChars(Hash);
        return expected.Length is CompactHashBytes or FullHashBytes
            && CryptographicOperations.FixedTimeEquals(HashOf(idNumber, Salt).AsSpan(0, expected.Length), expected);
    }

    /// <summary>The hash as Open Badges 3.0 writes an <c>IdentityHash</c>: <c>sha256$</c> and 64 lower-case hex digits.</summary>
    /// <exception cref="InvalidOperationException">A compact digest: it is not a whole SHA-256 hash.</exception>
    public string ToOpenBadgesIdentityHash() => IsFull
        ? "sha256$" + Convert.ToHexStringLower(Base64Url.DecodeFromChars(Hash))
        : throw new InvalidOperationException("a compact digest is not a whole SHA-256 hash; compute the full one under the same salt");

    private static byte[] HashOf(string idNumber, string salt) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant() + salt));
}
