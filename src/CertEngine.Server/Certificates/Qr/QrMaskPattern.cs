namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// The eight data mask patterns (ISO/IEC 18004 §7.8.2, table 10), applied to every module that is not a function
/// module. Every pattern repeats every 12 rows and every 12 columns (periods 2, 3, 4 and 6), so one line of each pattern
/// for each row (and each column) modulo 12 is computed once when the type is first used and never written after.
/// </summary>
internal static class QrMaskPattern
{
    /// <summary>The number of mask patterns.</summary>
    public const int Count = 8;

    private const int Period = 12;

    // Three 64-bit words cover the widest line, 177 modules (version 40).
    private const int LineWords = 3;

    // [mask, row mod 12, word]: the columns the pattern darkens in such a row; and [mask, column mod 12, word]: the rows.
    private static readonly ulong[] RowLines = Lines(byRow: true);
    private static readonly ulong[] ColumnLines = Lines(byRow: false);

    /// <summary>Whether mask <paramref name="mask"/> (0–7) inverts the module at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public static bool Inverts(int mask, int row, int column) => mask switch
    {
        0 => (row + column) % 2 == 0,
        1 => row % 2 == 0,
        2 => column % 3 == 0,
        3 => (row + column) % 3 == 0,
        4 => ((row / 2) + (column / 3)) % 2 == 0,
        5 => ((row * column) % 2) + ((row * column) % 3) == 0,
        6 => (((row * column) % 2) + ((row * column) % 3)) % 2 == 0,
        7 => (((row + column) % 2) + ((row * column) % 3)) % 2 == 0,
        _ => throw new ArgumentOutOfRangeException(nameof(mask), mask, "a mask pattern is 0–7"),
    };

    /// <summary>
    /// Writes the symbol masked with <paramref name="mask"/>, with the format information of that mask and
    /// <paramref name="level"/>, as row and column bitboards.
    /// </summary>
    public static void Apply(QrUnmaskedSymbol symbol, int mask, QrErrorCorrection level, Span<ulong> rows, Span<ulong> columns)
    {
        var words = symbol.Words;
        ApplyLines(symbol.DarkRows, symbol.ReservedRows, RowLines.AsSpan(mask * Period * LineWords, Period * LineWords), words, rows);
        ApplyLines(symbol.DarkColumns, symbol.ReservedColumns, ColumnLines.AsSpan(mask * Period * LineWords, Period * LineWords), words, columns);
        var format = QrVersionTable.FormatBits(level, mask);
        for (var bit = 0; bit < 15; bit++)
        {
            if (((format >> bit) & 1) == 0)
            {
                continue;
            }

            var (first, second) = QrUnmaskedSymbol.FormatBitPlaces(bit, symbol.Size);
            foreach (var (row, column) in (ReadOnlySpan<(int, int)>)[first, second])
            {
                rows[(row * words) + (column >> 6)] |= 1UL << column;
                columns[(column * words) + (row >> 6)] |= 1UL << row;
            }
        }
    }

    private static void ApplyLines(ReadOnlySpan<ulong> dark, ReadOnlySpan<ulong> reserved, ReadOnlySpan<ulong> pattern, int words, Span<ulong> target)
    {
        var lines = dark.Length / words;
        for (var line = 0; line < lines; line++)
        {
            var patternLine = pattern.Slice(line % Period * LineWords, words);
            var at = line * words;
            for (var word = 0; word < words; word++)
            {
                target[at + word] = dark[at + word] ^ (patternLine[word] & ~reserved[at + word]);
            }
        }
    }

    private static ulong[] Lines(bool byRow)
    {
        var lines = new ulong[Count * Period * LineWords];
        for (var mask = 0; mask < Count; mask++)
        {
            for (var phase = 0; phase < Period; phase++)
            {
                for (var along = 0; along < LineWords * 64; along++)
                {
                    if (byRow ? Inverts(mask, phase, along) : Inverts(mask, along, phase))
                    {
                        lines[(((mask * Period) + phase) * LineWords) + (along >> 6)] |= 1UL << along;
                    }
                }
            }
        }

        return lines;
    }
}
