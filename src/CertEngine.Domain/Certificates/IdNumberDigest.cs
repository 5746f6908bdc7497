using System.Security.Cryptography;
using System.Text;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// A salted hash of a holder's ID number (证件号码), as the signed token carries it instead of the number: whoever holds
/// the ID card can check that it belongs to the certificate, and no one can read the number back from the token.
/// </summary>
/// <remarks>
/// <see cref="Hash"/> is SHA-256 over the UTF-8 bytes of the ID number (upper case) followed by <see cref="Salt"/>,
/// base64url without padding; that is Open Badges 3.0's salted <c>IdentityHash</c>, so the same digest goes into the
/// exported credential as <c>sha256$</c> + hex. A resident ID number has a small space (region, birth date, sequence),
/// so the digest binds the token to a person; it is not meant to keep a determined guesser from the number.
/// </remarks>
/// <param name="Salt">A random text drawn per certificate (base64url of 16 bytes).</param>
/// <param name="Hash">base64url(SHA-256(UTF-8(idNumber + salt))), 43 characters.</param>
public sealed record IdNumberDigest(string Salt, string Hash)
{
    /// <summary>The digest of <paramref name="idNumber"/> under <paramref name="salt"/>.</summary>
    /// <exception cref="ArgumentException">A blank ID number or salt.</exception>
    public static IdNumberDigest Compute(string idNumber, string salt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(salt);
        return new IdNumberDigest(salt, System.Buffers.Text.Base64Url.EncodeToString(HashOf(idNumber, salt)));
    }

    /// <summary>True when <paramref name="idNumber"/> is the number this digest was made of (compared in fixed time).</summary>
    public bool Matches(string? idNumber)
    {
        if (string.IsNullOrWhiteSpace(idNumber) || !System.Buffers.Text.Base64Url.IsValid(Hash))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(HashOf(idNumber, Salt), System.Buffers.Text.Base64Url.DecodeFromChars(Hash));
    }

    /// <summary>The hash as Open Badges 3.0 writes an <c>IdentityHash</c>: <c>sha256$</c> and 64 lower-case hex digits.</summary>
    public string ToOpenBadgesIdentityHash() =>
        "sha256$" + Convert.ToHexStringLower(System.Buffers.Text.Base64Url.DecodeFromChars(Hash));

    private static byte[] HashOf(string idNumber, string salt) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant() + salt));
}
