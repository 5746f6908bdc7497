using System.Numerics;

namespace CertEngine.Domain.Certificates;

/// <summary>
/// The low-S rule for ES256 signatures (r‖s, 32 bytes each): if (r, s) holds, so does (r, n − s), where n is the order
/// of P-256's base point. So that a token has exactly one valid form, the engine signs with s ≤ n/2 (low-S, as Bitcoin's
/// BIP 62 and libsecp256k1 do) and its verifier refuses the other.
/// </summary>
internal static class Es256Signature
{
    private const int ScalarBytes = 32;

    /// <summary>n of P-256 (FIPS 186-4 D.1.2.3).</summary>
    private static readonly BigInteger Order = BigInteger.Parse(
        "0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly BigInteger HalfOrder = Order / 2;

    /// <summary>True when the 64-byte signature's s is at most n/2 (n is odd, so no s sits exactly half-way).</summary>
    public static bool IsLowS(ReadOnlySpan<byte> signature) =>
        signature.Length == 2 * ScalarBytes && S(signature) <= HalfOrder;

    /// <summary>The signature with s replaced by n − s when s is above n/2; a low-S signature comes back unchanged.</summary>
    /// <exception cref="ArgumentException">Not 64 bytes.</exception>
    public static byte[] ToLowS(byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != 2 * ScalarBytes)
        {
            throw new ArgumentException("an ES256 signature is 64 bytes (r‖s)", nameof(signature));
        }

        var s = S(signature);
        if (s <= HalfOrder)
        {
            return signature;
        }

        var low = (Order - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var normalised = new byte[2 * ScalarBytes];
        signature.AsSpan(0, ScalarBytes).CopyTo(normalised);
        low.CopyTo(normalised.AsSpan(2 * ScalarBytes - low.Length));
        return normalised;
    }

    private static BigInteger S(ReadOnlySpan<byte> signature) => new(signature[ScalarBytes..], isUnsigned: true, isBigEndian: true);
}
