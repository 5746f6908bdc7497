namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// The facts of ISO/IEC 18004 that depend on the version (1–40) and the error correction level: symbol size, codeword
/// counts, block structure (table 9), alignment pattern centres (annex E), and the BCH-coded format and version
/// information (annexes C and D).
/// </summary>
internal static class QrVersionTable
{
    public const int MinVersion = 1;
    public const int MaxVersion = 40;

    // Error correction codewords per block, versions 1–40, in the order L, M, Q, H (table 9).
    private static readonly byte[][] EccPerBlock =
    [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ];

    // Error correction blocks (both groups together), versions 1–40, in the order L, M, Q, H (table 9).
    private static readonly byte[][] Blocks =
    [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ];

    // Row/column coordinates of the alignment pattern centres, versions 2–40 (annex E, table E.1).
    private static readonly byte[][] AlignmentCentres =
    [
        [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
        [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
        [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82], [6, 30, 58, 86], [6, 34, 62, 90],
        [6, 28, 50, 72, 94], [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106], [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130], [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142], [6, 34, 62, 90, 118, 146],
        [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158], [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ];

    /// <summary>Modules a side: 17 + 4 × version.</summary>
    public static int Size(int version) => 17 + (4 * version);

    /// <summary>
    /// Codewords (data and error correction) the symbol holds: the modules left after the function patterns, over 8.
    /// </summary>
    public static int TotalCodewords(int version)
    {
        var size = Size(version);
        // Three finders with their separators (8 × 8 each), two timing lines between them, format information (2 × 15)
        // and the dark module.
        var functionModules = (3 * 64) + (2 * (size - 16)) + 31;
        if (version >= 2)
        {
            // a × a alignment patterns of 25 modules minus the three under the finders; the 2 × (a − 2) on row or
            // column 6 share 5 modules each with a timing line.
            var perSide = (version / 7) + 2;
            functionModules += (25 * ((perSide * perSide) - 3)) - (10 * (perSide - 2));
        }

        if (version >= 7)
        {
            functionModules += 2 * 18;
        }

        return ((size * size) - functionModules) / 8;
    }

    /// <summary>Error correction codewords of each block.</summary>
    public static int EccCodewordsPerBlock(int version, QrErrorCorrection level) => EccPerBlock[(int)level][version - 1];

    /// <summary>Error correction blocks; the first ones are one data codeword shorter when the data does not divide evenly.</summary>
    public static int BlockCount(int version, QrErrorCorrection level) => Blocks[(int)level][version - 1];

    /// <summary>Data codewords (all blocks together).</summary>
    public static int DataCodewords(int version, QrErrorCorrection level) =>
        TotalCodewords(version) - (EccCodewordsPerBlock(version, level) * BlockCount(version, level));

    /// <summary>Bits of the character count indicator in byte mode (table 3).</summary>
    public static int ByteCountBits(int version) => version < 10 ? 8 : 16;

    /// <summary>The most bytes byte mode holds at this version and level (table 7).</summary>
    public static int ByteCapacity(int version, QrErrorCorrection level) =>
        ((DataCodewords(version, level) * 8) - 4 - ByteCountBits(version)) / 8;

    /// <summary>Alignment pattern centres (row and column coordinates alike); empty for version 1.</summary>
    public static ReadOnlySpan<byte> AlignmentCentresOf(int version) => version == 1 ? [] : AlignmentCentres[version - 2];

    /// <summary>
    /// The 15 format information bits, most significant first as read from bit 14: two level bits, three mask bits,
    /// ten BCH(15,5) bits, XORed with 101010000010010 (annex C).
    /// </summary>
    public static int FormatBits(QrErrorCorrection level, int mask)
    {
        // The level indicators are not in enum order: L 01, M 00, Q 11, H 10 (table 12).
        var levelBits = level switch
        {
            QrErrorCorrection.L => 0b01,
            QrErrorCorrection.M => 0b00,
            QrErrorCorrection.Q => 0b11,
            QrErrorCorrection.H => 0b10,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not an error correction level"),
        };
        var data = (levelBits << 3) | mask;
        return ((data << 10) | BchRemainder(data << 10, 0b101_0011_0111, 10)) ^ 0b101_0100_0001_0010;
    }

    /// <summary>The 18 version information bits of versions 7–40: six version bits, twelve BCH(18,6) bits (annex D).</summary>
    public static int VersionBits(int version) => (version << 12) | BchRemainder(version << 12, 0b1_1111_0010_0101, 12);

    // The remainder of value (a polynomial over GF(2)) divided by generator, whose degree is `degree`.
    private static int BchRemainder(int value, int generator, int degree)
    {
        for (var bit = 31 - int.LeadingZeroCount(value); bit >= degree; bit--)
        {
            if ((value & (1 << bit)) != 0)
            {
                value ^= generator << (bit - degree);
            }
        }

        return value;
    }
}
