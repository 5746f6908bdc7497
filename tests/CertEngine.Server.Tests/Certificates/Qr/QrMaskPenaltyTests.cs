using CertEngine.Server.Certificates.Qr;

namespace CertEngine.Server.Tests.Certificates.Qr;

/// <summary>
/// The bitboard penalty score against the four rules read module by module (the way QRCoder 1.8.1 reads them), on
/// matrices that straddle the 64-module word boundaries, and on each rule alone.
/// </summary>
public sealed class QrMaskPenaltyTests
{
    [Theory]
    [InlineData(21, 0.5)]
    [InlineData(45, 0.3)]
    [InlineData(63, 0.5)]
    [InlineData(64, 0.7)]
    [InlineData(65, 0.5)]
    [InlineData(73, 0.45)]
    [InlineData(127, 0.5)]
    [InlineData(128, 0.55)]
    [InlineData(129, 0.5)]
    [InlineData(177, 0.6)]
    public void Score_RandomMatrices_IsTheSumOfTheFourRulesModuleByModule(int size, double darkShare)
    {
        var random = new Random(size);
        for (var sample = 0; sample < 20; sample++)
        {
            var modules = new bool[size, size];
            for (var row = 0; row < size; row++)
            {
                for (var column = 0; column < size; column++)
                {
                    modules[row, column] = random.NextDouble() < darkShare;
                }
            }

            PlantFinderLikePatterns(modules, random);

            Assert.Equal(ReferenceScore(modules), Score(modules));
        }
    }

    [Fact]
    public void Score_AllLight21_RunsBlocksAndBalanceOnly()
    {
        var modules = new bool[21, 21];

        // Rule 1: 42 lines of one run of 21 (3 + 16 each); rule 2: 20 × 20 blocks of 3; rule 4: 0 % dark is 9 steps
        // from 45 %.
        Assert.Equal((42 * 19) + (400 * 3) + 90, Score(modules));
    }

    [Fact]
    public void Score_OneFinderLikePatternInACheckerboard_AddsItsFortyAndItsRun()
    {
        var checkerboard = Checkerboard(21);
        var withPattern = Checkerboard(21);
        // Row 10, columns 5–15: 0000 1011101. Column 4 is light on the checkerboard, so the light run is 5 long (3);
        // no other row, column, block or balance step changes (220 and 219 dark of 441 are both 45–50 %).
        bool[] pattern = [false, false, false, false, true, false, true, true, true, false, true];
        for (var i = 0; i < pattern.Length; i++)
        {
            withPattern[10, 5 + i] = pattern[i];
        }

        var added = Score(withPattern) - Score(checkerboard);

        Assert.Equal(40 + 3, added);
    }

    [Fact]
    public void Score_Checkerboard_ScoresNothing()
    {
        Assert.Equal(0, Score(Checkerboard(73)));
    }

    private static bool[,] Checkerboard(int size)
    {
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column] = (row + column) % 2 == 1;
            }
        }

        return modules;
    }

    // Random data rarely forms 1011101 with four light modules beside it; put a few in, across word boundaries too.
    private static void PlantFinderLikePatterns(bool[,] modules, Random random)
    {
        var size = modules.GetLength(0);
        bool[] pattern = [true, false, true, true, true, false, true, false, false, false, false];
        for (var i = 0; i < 6; i++)
        {
            var (line, start, reversed, vertical) = (random.Next(size), random.Next(size - 10), random.Next(2) == 0, random.Next(2) == 0);
            for (var k = 0; k < pattern.Length; k++)
            {
                var value = pattern[reversed ? pattern.Length - 1 - k : k];
                if (vertical)
                {
                    modules[start + k, line] = value;
                }
                else
                {
                    modules[line, start + k] = value;
                }
            }
        }
    }

    private static int Score(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var words = (size + 63) >> 6;
        var rows = new ulong[size * words];
        var columns = new ulong[size * words];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                if (modules[row, column])
                {
                    rows[(row * words) + (column >> 6)] |= 1UL << column;
                    columns[(column * words) + (row >> 6)] |= 1UL << row;
                }
            }
        }

        return QrMaskPenalty.Score(rows, columns, size, words);
    }

    private static int ReferenceScore(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var score = 0;
        for (var line = 0; line < size; line++)
        {
            score += Runs(i => modules[line, i], size) + Runs(i => modules[i, line], size);
            score += FinderLike(i => modules[line, i], size) + FinderLike(i => modules[i, line], size);
        }

        for (var row = 0; row + 1 < size; row++)
        {
            for (var column = 0; column + 1 < size; column++)
            {
                var colour = modules[row, column];
                if (modules[row, column + 1] == colour && modules[row + 1, column] == colour && modules[row + 1, column + 1] == colour)
                {
                    score += 3;
                }
            }
        }

        return score + Balance(modules);
    }

    private static int Runs(Func<int, bool> module, int size)
    {
        var score = 0;
        var run = 0;
        for (var i = 0; i < size; i++)
        {
            run = i > 0 && module(i) == module(i - 1) ? run + 1 : 1;
            score += run == 5 ? 3 : run > 5 ? 1 : 0;
        }

        return score;
    }

    private static int FinderLike(Func<int, bool> module, int size)
    {
        const string Before = "10111010000";
        const string After = "00001011101";
        var score = 0;
        for (var start = 0; start + 11 <= size; start++)
        {
            var window = new string([.. Enumerable.Range(start, 11).Select(i => module(i) ? '1' : '0')]);
            score += window is Before or After ? 40 : 0;
        }

        return score;
    }

    private static int Balance(bool[,] modules)
    {
        var size = modules.GetLength(0);
        var dark = modules.Cast<bool>().Count(module => module);
        var step = dark * 20 / (size * size);
        return 10 * Math.Min(Math.Abs(step - 10), Math.Abs(step - 9));
    }
}
