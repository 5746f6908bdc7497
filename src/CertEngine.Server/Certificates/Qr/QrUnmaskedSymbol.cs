namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// A symbol before masking (ISO/IEC 18004 §7.7): finder, separator, timing and alignment patterns, the dark module,
/// version information, and the codewords placed in the two-column zigzag from the bottom right; the format information
/// areas are reserved and left light (they depend on the mask). Held as bitboards twice over, one line of
/// <see cref="Words"/> 64-bit words per row and one per column (bit <c>i</c> of a row is column <c>i</c>), so masks
/// are applied and scored a word at a time along both directions.
/// </summary>
internal sealed class QrUnmaskedSymbol
{
    private QrUnmaskedSymbol(int version)
    {
        Version = version;
        Size = QrVersionTable.Size(version);
        Words = (Size + 63) >> 6;
        DarkRows = new ulong[Size * Words];
        DarkColumns = new ulong[Size * Words];
        ReservedRows = new ulong[Size * Words];
        ReservedColumns = new ulong[Size * Words];
        // Bits past the edge count as reserved, so a mask pattern never sets them.
        var pastEdge = Size % 64 == 0 ? 0 : ~0UL << (Size % 64);
        for (var line = 0; line < Size; line++)
        {
            ReservedRows[(line * Words) + Words - 1] = pastEdge;
            ReservedColumns[(line * Words) + Words - 1] = pastEdge;
        }
    }

    public int Version { get; }

    /// <summary>Modules a side.</summary>
    public int Size { get; }

    /// <summary>64-bit words per line.</summary>
    public int Words { get; }

    /// <summary>Dark modules, row by row.</summary>
    public ulong[] DarkRows { get; }

    /// <summary>Dark modules, column by column.</summary>
    public ulong[] DarkColumns { get; }

    /// <summary>Function modules (never masked), row by row; bits past the edge are set too.</summary>
    public ulong[] ReservedRows { get; }

    /// <summary>Function modules, column by column.</summary>
    public ulong[] ReservedColumns { get; }

    /// <summary>Lays out the function patterns of <paramref name="version"/> and places <paramref name="codewords"/>.</summary>
    public static QrUnmaskedSymbol Create(int version, ReadOnlySpan<byte> codewords)
    {
        var symbol = new QrUnmaskedSymbol(version);
        symbol.PlaceFunctionPatterns();
        symbol.PlaceCodewords(codewords);
        return symbol;
    }

    /// <summary>
    /// The two places of format information bit <paramref name="bit"/> (0 = least significant) as (row, column): one
    /// around the top left finder, one split between the bottom left and the top right (figure 25).
    /// </summary>
    public static ((int Row, int Column) First, (int Row, int Column) Second) FormatBitPlaces(int bit, int size) =>
        bit switch
        {
            < 6 => ((bit, 8), (8, size - 1 - bit)),
            6 => ((7, 8), (8, size - 1 - bit)),
            7 => ((8, 8), (8, size - 1 - bit)),
            8 => ((8, 7), (size - 15 + bit, 8)),
            _ => ((8, 14 - bit), (size - 15 + bit, 8)),
        };

    /// <summary>Whether the module at (<paramref name="row"/>, <paramref name="column"/>) is a function module.</summary>
    public bool IsReserved(int row, int column) => (ReservedRows[(row * Words) + (column >> 6)] & (1UL << column)) != 0;

    // A function module.
    private void Set(int row, int column, bool dark)
    {
        ReservedRows[(row * Words) + (column >> 6)] |= 1UL << column;
        ReservedColumns[(column * Words) + (row >> 6)] |= 1UL << row;
        if (dark)
        {
            Darken(row, column);
        }
    }

    private void Darken(int row, int column)
    {
        DarkRows[(row * Words) + (column >> 6)] |= 1UL << column;
        DarkColumns[(column * Words) + (row >> 6)] |= 1UL << row;
    }

    private void PlaceFunctionPatterns()
    {
        PlaceFinder(0, 0);
        PlaceFinder(0, Size - 7);
        PlaceFinder(Size - 7, 0);
        for (var i = 8; i < Size - 8; i++)
        {
            Set(6, i, i % 2 == 0);
            Set(i, 6, i % 2 == 0);
        }

        var centres = QrVersionTable.AlignmentCentresOf(Version);
        foreach (var row in centres)
        {
            foreach (var column in centres)
            {
                // The three places under the finder patterns have none.
                var first = centres[0];
                var last = centres[^1];
                if ((row == first && column == first) || (row == first && column == last) || (row == last && column == first))
                {
                    continue;
                }

                for (var dy = -2; dy <= 2; dy++)
                {
                    for (var dx = -2; dx <= 2; dx++)
                    {
                        Set(row + dy, column + dx, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
                    }
                }
            }
        }

        Set((4 * Version) + 9, 8, true);
        for (var bit = 0; bit < 15; bit++)
        {
            var (first, second) = FormatBitPlaces(bit, Size);
            Set(first.Row, first.Column, false);
            Set(second.Row, second.Column, false);
        }

        if (Version >= 7)
        {
            var bits = QrVersionTable.VersionBits(Version);
            for (var bit = 0; bit < 18; bit++)
            {
                // Bit i sits at row i / 3, column size − 11 + i mod 3 (top right), and mirrored (bottom left).
                var dark = ((bits >> bit) & 1) != 0;
                Set(bit / 3, Size - 11 + (bit % 3), dark);
                Set(Size - 11 + (bit % 3), bit / 3, dark);
            }
        }
    }

    // A 7 × 7 finder (dark ring, light ring, dark 3 × 3 core) and its light separator, clipped to the symbol.
    private void PlaceFinder(int top, int left)
    {
        for (var dy = -1; dy <= 7; dy++)
        {
            for (var dx = -1; dx <= 7; dx++)
            {
                var (row, column) = (top + dy, left + dx);
                if (row < 0 || row >= Size || column < 0 || column >= Size)
                {
                    continue;
                }

                var ring = Math.Max(Math.Abs(dx - 3), Math.Abs(dy - 3));
                Set(row, column, ring is 3 or <= 1);
            }
        }
    }

    // Codeword bits, most significant first, up and down column pairs from the right edge, skipping function modules
    // and the vertical timing column; the remainder bits after the last codeword stay light (0).
    private void PlaceCodewords(ReadOnlySpan<byte> codewords)
    {
        var bit = 0;
        var bits = codewords.Length * 8;
        var upward = true;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var step = 0; step < Size; step++)
            {
                var row = upward ? Size - 1 - step : step;
                for (var column = right; column >= right - 1; column--)
                {
                    if (bit >= bits || IsReserved(row, column))
                    {
                        continue;
                    }

                    if ((codewords[bit >> 3] & (0x80 >> (bit & 7))) != 0)
                    {
                        Darken(row, column);
                    }

                    bit++;
                }
            }

            upward = !upward;
        }
    }
}
