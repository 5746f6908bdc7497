using System.Text;
using CertEngine.Server.Certificates.Qr;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QRCoder;

namespace CertEngine.Server.Tests.Certificates.Qr;

/// <summary>
/// The proof that our encoder is right: its matrix is QRCoder 1.8.1's (<c>GenerateQrCode(bytes, level)</c> without the
/// quiet zone), module for module, so the same version, the same mask and the same format and version information.
/// </summary>
public sealed class QrMatrixTests
{
    private const string Prefix = "http://127.0.0.1:5080/v/S000014040001265000017?t=";
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    public static TheoryData<QrErrorCorrection> Levels => [QrErrorCorrection.L, QrErrorCorrection.M, QrErrorCorrection.Q, QrErrorCorrection.H];

    [Property(MaxTest = 300)]
    public Property Encode_RandomVerifyAddresses_IsQRCodersMatrix()
    {
        // Lengths 1 … 700 cover versions 1–25 at ECC M; the characters are those of a verify address.
        var addresses = Gen.Choose(1, 700)
            .SelectMany(length => Gen.Elements(TokenAlphabet.ToCharArray()).ArrayOf(length)
                .Select(token => (Prefix + new string(token))[..length]))
            .ToArbitrary();

        return Prop.ForAll(addresses, address =>
        {
            var bytes = Encoding.ASCII.GetBytes(address);

            var difference = Difference(bytes, QrErrorCorrection.M);

            return (difference is null).Label($"{address.Length} bytes: {difference}");
        });
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Encode_EveryVersionsCapacityAndOneMore_IsQRCodersMatrixAtThatVersionAndTheNext(QrErrorCorrection level)
    {
        var random = new Random(1804 + (int)level);
        for (var version = 1; version <= 40; version++)
        {
            var capacity = QrVersionTable.ByteCapacity(version, level);
            foreach (var (length, expectedVersion) in new[] { (capacity, version), (capacity + 1, version + 1) })
            {
                if (expectedVersion > 40)
                {
                    continue;
                }

                var bytes = Address(random, length);
                using var expected = QRCodeGenerator.GenerateQrCode(bytes, ToQrCoder(level));

                var actual = QrMatrix.Encode(bytes, level);

                Assert.Equal((expectedVersion, expectedVersion), (VersionOf(expected), actual.Version));
                Assert.Null(Difference(bytes, level));
            }
        }
    }

    [Theory]
    [InlineData(122, 7)] // the first version with version information
    [InlineData(353, 14)] // a v3 verify address is 353 characters
    [InlineData(362, 14)]
    [InlineData(2331, 40)] // the most ECC M holds
    public void Encode_ExplicitSizesAtEccM_IsQRCodersMatrix(int length, int version)
    {
        var bytes = Address(new Random(length), length);
        using var expected = QRCodeGenerator.GenerateQrCode(bytes, QRCodeGenerator.ECCLevel.M);

        var actual = QrMatrix.Encode(bytes, QrErrorCorrection.M);

        Assert.Equal(version, actual.Version);
        Assert.Equal(Rows(expected), Rows(actual));
    }

    [Theory]
    [InlineData(29, 329, 5)] // masks 5 and 6 both score 3114
    [InlineData(1231, 331, 2)] // masks 2 and 3 both score 3012
    [InlineData(1287, 387, 1)] // masks 1 and 3 both score 4268
    public void Encode_TiedLowestScores_TakesTheFirstMaskAsQRCoderDoes(int seed, int length, int firstOfTied)
    {
        var bytes = Address(new Random(seed), length);
        using var expected = QRCodeGenerator.GenerateQrCode(bytes, QRCodeGenerator.ECCLevel.M);

        var actual = QrMatrix.Encode(bytes, QrErrorCorrection.M);

        Assert.Equal(firstOfTied, actual.Mask);
        Assert.Equal(Rows(expected), Rows(actual));
    }

    [Fact]
    public void Encode_MoreThanVersion40Holds_Throws()
    {
        var bytes = Address(new Random(7), 2332);

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => QrMatrix.Encode(bytes, QrErrorCorrection.M));

        Assert.Contains("2331", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_ManyAddresses_ChoosesEveryMask()
    {
        var random = new Random(42);

        var masks = Enumerable.Range(0, 200).Select(_ => QrMatrix.Encode(Address(random, random.Next(300, 420)), QrErrorCorrection.M).Mask).ToHashSet();

        // So the equality tests above exercise every mask formula, not only the ones that happen to score best.
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], masks.Order());
    }

    [Fact]
    public void ToQrCodeData_AnAddress_IsQRCodersDataWithItsQuietZoneAndDrawsTheSamePng()
    {
        var bytes = Address(new Random(3), 353);
        using var expected = QRCodeGenerator.GenerateQrCode(bytes, QRCodeGenerator.ECCLevel.M);

        using var actual = QrMatrix.Encode(bytes, QrErrorCorrection.M).ToQrCodeData();

        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(Rows(expected, quietZone: true), Rows(actual, quietZone: true));
        Assert.Equal(new PngByteQRCode(expected).GetGraphic(10), new PngByteQRCode(actual).GetGraphic(10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(100)]
    public void IndexOfDarkAndLight_EveryRowOfVersion40_FindWhatTheIndexerSays(int from)
    {
        var matrix = QrMatrix.Encode(Address(new Random(9), 2000), QrErrorCorrection.M);

        for (var row = 0; row < matrix.Size; row++)
        {
            var dark = Enumerable.Range(from, matrix.Size - from).Where(column => matrix[row, column]).DefaultIfEmpty(-1).First();
            var light = Enumerable.Range(from, matrix.Size - from).Where(column => !matrix[row, column]).DefaultIfEmpty(matrix.Size).First();
            Assert.Equal((dark, light), (matrix.IndexOfDark(row, from), matrix.IndexOfLight(row, from)));
        }
    }

    [Fact]
    public void VersionFor_Lengths_IsTheVersionEncodeChooses()
    {
        Assert.Equal(
            [1, 1, 2, 14, 15, 40],
            new[] { 0, 14, 15, 362, 363, 2331 }.Select(length => QrMatrix.VersionFor(length, QrErrorCorrection.M)));
    }

    // Null when the matrices agree, else where they first differ.
    private static string? Difference(byte[] bytes, QrErrorCorrection level)
    {
        using var expected = QRCodeGenerator.GenerateQrCode(bytes, ToQrCoder(level));
        var actual = QrMatrix.Encode(bytes, level);
        if (VersionOf(expected) != actual.Version)
        {
            return $"version {actual.Version}, QRCoder {VersionOf(expected)}";
        }

        for (var row = 0; row < actual.Size; row++)
        {
            for (var column = 0; column < actual.Size; column++)
            {
                if (expected.ModuleMatrix[row + 4][column + 4] != actual[row, column])
                {
                    return $"version {actual.Version}, our mask {actual.Mask}: module row {row} column {column} differs";
                }
            }
        }

        return null;
    }

    private static int VersionOf(QRCodeData data) => (data.ModuleMatrix.Count - 8 - 17) / 4;

    private static QRCodeGenerator.ECCLevel ToQrCoder(QrErrorCorrection level) => level switch
    {
        QrErrorCorrection.L => QRCodeGenerator.ECCLevel.L,
        QrErrorCorrection.M => QRCodeGenerator.ECCLevel.M,
        QrErrorCorrection.Q => QRCodeGenerator.ECCLevel.Q,
        _ => QRCodeGenerator.ECCLevel.H,
    };

    private static byte[] Address(Random random, int length)
    {
        var text = new StringBuilder(Prefix, length + Prefix.Length);
        while (text.Length < length)
        {
            text.Append(TokenAlphabet[random.Next(TokenAlphabet.Length)]);
        }

        return Encoding.ASCII.GetBytes(text.ToString(0, length));
    }

    private static string[] Rows(QrMatrix matrix) =>
        [.. Enumerable.Range(0, matrix.Size).Select(row => new string([.. Enumerable.Range(0, matrix.Size).Select(column => matrix[row, column] ? '#' : '.')]))];

    private static string[] Rows(QRCodeData data, bool quietZone = false)
    {
        var skip = quietZone ? 0 : 4;
        var size = data.ModuleMatrix.Count - (2 * skip);
        return [.. Enumerable.Range(skip, size).Select(row => new string([.. Enumerable.Range(skip, size).Select(column => data.ModuleMatrix[row][column] ? '#' : '.')]))];
    }
}
