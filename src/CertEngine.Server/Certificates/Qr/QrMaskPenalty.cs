using System.Numerics;

namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// The penalty score of a masked symbol (ISO/IEC 18004 §7.8.3, table 11), computed on bitboards as QRCoder 1.8.1
/// scores it, since the encoder must choose the same mask: (1) each run of five or more same-coloured modules in a row
/// or column scores 3, plus 1 for each module past five; (2) each 2 × 2 block of one colour scores 3 (overlapping
/// blocks each count); (3) each place where 1011101 has four light modules right after it, or right before it
/// (1011101 0000 or 0000 1011101), in a row or a column scores 40, counted only inside the symbol (no quiet zone);
/// (4) with k = ⌊20 × dark ÷ modules⌋ (the dark share in whole 5 % steps), 10 × min(|k − 10|, |k − 9|).
/// </summary>
internal static class QrMaskPenalty
{
    /// <summary>Rule 2's score for each 2 × 2 block.</summary>
    public const int Block = 3;

    /// <summary>Rule 3's score for each finder-like pattern.</summary>
    public const int FinderLike = 40;

    /// <summary>Rule 4's score for each 5 % step away from half dark.</summary>
    public const int Balance = 10;

    /// <summary>The total score; <paramref name="rows"/> and <paramref name="columns"/> are the same symbol as bitboards.</summary>
    public static int Score(ReadOnlySpan<ulong> rows, ReadOnlySpan<ulong> columns, int size, int words)
    {
        Span<ulong> scratch = stackalloc ulong[4 * words];
        // At most 177 rows of 3 words (version 40): 4 KB.
        Span<ulong> sameAsNext = stackalloc ulong[rows.Length];
        var score = 0;
        var dark = 0;
        for (var line = 0; line < size; line++)
        {
            var row = rows.Slice(line * words, words);
            var rowSame = sameAsNext.Slice(line * words, words);
            score += LineScore(row, size, rowSame, scratch);
            score += LineScore(columns.Slice(line * words, words), size, scratch[..words], scratch[words..]);
            foreach (var word in row)
            {
                dark += BitOperations.PopCount(word);
            }
        }

        for (var line = 0; line + 1 < size; line++)
        {
            var at = line * words;
            for (var word = 0; word < words; word++)
            {
                // Same as the right neighbour in both rows, and the same colour as the module below.
                var block = sameAsNext[at + word] & sameAsNext[at + words + word] & ~(rows[at + word] ^ rows[at + words + word]);
                score += Block * BitOperations.PopCount(block);
            }
        }

        var step = dark * 20 / (size * size);
        return score + (Balance * Math.Min(Math.Abs(step - 10), Math.Abs(step - 9)));
    }

    // Rules 1 and 3 along one line; sameAsNext receives bit i set when module i has module i + 1's colour.
    private static int LineScore(ReadOnlySpan<ulong> line, int size, Span<ulong> sameAsNext, Span<ulong> scratch)
    {
        var words = line.Length;
        var light = scratch[..words];
        var core = scratch.Slice(words, words);
        var lightFour = scratch.Slice(2 * words, words);
        for (var word = 0; word < words; word++)
        {
            sameAsNext[word] = ~(line[word] ^ Down(line, word, 1)) & Inside(size - 1, word);
            light[word] = ~line[word] & Inside(size, word);
        }

        var score = 0;
        for (var word = 0; word < words; word++)
        {
            // A run of n ≥ 5 has n − 4 places where five alike start (1 each) and one where the run starts (2 more):
            // n − 2 = 3 + (n − 5).
            var five = sameAsNext[word] & Down(sameAsNext, word, 1) & Down(sameAsNext, word, 2) & Down(sameAsNext, word, 3);
            var runStart = ~((sameAsNext[word] << 1) | (word > 0 ? sameAsNext[word - 1] >> 63 : 0));
            score += BitOperations.PopCount(five) + (2 * BitOperations.PopCount(five & runStart));

            core[word] = line[word] & Down(light, word, 1) & Down(line, word, 2) & Down(line, word, 3) & Down(line, word, 4)
                & Down(light, word, 5) & Down(line, word, 6);
            lightFour[word] = light[word] & Down(light, word, 1) & Down(light, word, 2) & Down(light, word, 3);
        }

        for (var word = 0; word < words; word++)
        {
            // Bits past the edge are neither dark nor light, so no pattern runs off the line.
            var coreThenLight = core[word] & Down(lightFour, word, 7);
            var lightThenCore = lightFour[word] & Down(core, word, 4);
            score += FinderLike * (BitOperations.PopCount(coreThenLight) + BitOperations.PopCount(lightThenCore));
        }

        return score;
    }

    // Bit i of the result is bit i + shift of the line (0 past its end), for 1 ≤ shift ≤ 63.
    private static ulong Down(ReadOnlySpan<ulong> line, int word, int shift) =>
        (line[word] >> shift) | (word + 1 < line.Length ? line[word + 1] << (64 - shift) : 0);

    private static ulong Down(Span<ulong> line, int word, int shift) => Down((ReadOnlySpan<ulong>)line, word, shift);

    // The bits of word `word` that lie below bit `count` of the line.
    private static ulong Inside(int count, int word)
    {
        var from = word * 64;
        return count >= from + 64 ? ~0UL : count <= from ? 0 : (1UL << (count - from)) - 1;
    }
}
