namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// Reed–Solomon error correction codewords over GF(256) with the QR field polynomial x⁸ + x⁴ + x³ + x² + 1 (ISO/IEC
/// 18004 §7.5.2). The generator polynomial of degree n is (x − α⁰)(x − α¹)…(x − αⁿ⁻¹); all degrees a QR block uses
/// (7 … 30) are computed once, with the log and antilog tables, when the type is first used. The tables are never
/// written after that.
/// </summary>
internal static class QrReedSolomon
{
    private const int MaxDegree = 30;

    // Antilog table doubled (α^i for i in 0 … 509), so a product's log sum needs no reduction mod 255.
    private static readonly byte[] Exp = new byte[512];
    private static readonly byte[] Log = new byte[256];

    // Generators[n]: the n coefficients after the leading 1, from x^(n−1) down to x^0, as logarithms (α^log).
    private static readonly byte[][] Generators = new byte[MaxDegree + 1][];

    static QrReedSolomon()
    {
        var value = 1;
        for (var i = 0; i < 255; i++)
        {
            Exp[i] = (byte)value;
            Exp[i + 255] = (byte)value;
            Log[value] = (byte)i;
            value <<= 1;
            if (value >= 256)
            {
                value ^= 0x11D;
            }
        }

        Exp[510] = Exp[0];
        Exp[511] = Exp[1];
        for (var degree = 1; degree <= MaxDegree; degree++)
        {
            Generators[degree] = GeneratorLogs(degree);
        }
    }

    /// <summary>Writes the <paramref name="ecc"/>.Length error correction codewords of one block's data.</summary>
    public static void Encode(ReadOnlySpan<byte> data, Span<byte> ecc)
    {
        var generator = Generators[ecc.Length];
        ecc.Clear();
        // Long division of data(x)·x^n by the generator; ecc holds the running remainder.
        foreach (var codeword in data)
        {
            var factor = codeword ^ ecc[0];
            ecc[1..].CopyTo(ecc);
            ecc[^1] = 0;
            if (factor != 0)
            {
                var logFactor = Log[factor];
                for (var i = 0; i < ecc.Length; i++)
                {
                    ecc[i] ^= Exp[generator[i] + logFactor];
                }
            }
        }
    }

    private static byte[] GeneratorLogs(int degree)
    {
        // Coefficients from x^degree down to x^0; start with the polynomial 1 and multiply by (x − α^root), where
        // subtraction is addition in GF(2^8): the new coefficient i is the old one (times x) plus α^root times the old i − 1.
        var coefficients = new byte[degree + 1];
        coefficients[0] = 1;
        for (var root = 0; root < degree; root++)
        {
            for (var i = root + 1; i >= 1; i--)
            {
                var previous = coefficients[i - 1];
                var scaled = previous == 0 ? 0 : Exp[Log[previous] + root];
                coefficients[i] = (byte)(coefficients[i] ^ scaled);
            }
        }

        var logs = new byte[degree];
        for (var i = 0; i < degree; i++)
        {
            logs[i] = Log[coefficients[i + 1]];
        }

        return logs;
    }
}
