using System.Numerics;
using QRCoder;

namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// The modules of a QR code in byte mode (二维码模块矩阵), without the quiet zone: version 1–40, the smallest that holds
/// the bytes at the chosen error correction level, no ECI designator.
/// </summary>
/// <remarks>
/// <para>
/// Why we encode ourselves: the budget is 1 ms of CPU for a whole certificate (template, QR SVG and signature),
/// and QRCoder 1.8.1's encoder alone takes about 1.2 ms at version 14, the version an ES256 verify address needs. It
/// holds the matrix as a <c>List&lt;BitArray&gt;</c> and scores each of the eight masks module by module through the
/// <c>BitArray</c> indexers. This encoder does the same work on packed rows and columns (64 modules a word): each mask is
/// applied with one XOR per word and scored with shifts and population counts.
/// </para>
/// <para>
/// It is written from ISO/IEC 18004 and made to choose exactly what QRCoder chooses (the same version, the same mask by
/// the same penalty score, the first of equal scores), so its matrix is QRCoder's module for module; the tests compare
/// the two over random addresses and at every version boundary. Drawing stays QRCoder's: <see cref="ToQrCodeData"/>
/// gives its <see cref="QRCodeData"/> for <see cref="PngByteQRCode"/>.
/// </para>
/// </remarks>
public sealed class QrMatrix
{
    private readonly ulong[] _rows;
    private readonly int _words;

    private QrMatrix(int version, QrErrorCorrection errorCorrection, int mask, ulong[] rows, int words)
    {
        Version = version;
        ErrorCorrection = errorCorrection;
        Mask = mask;
        Size = QrVersionTable.Size(version);
        _rows = rows;
        _words = words;
    }

    /// <summary>The version, 1–40.</summary>
    public int Version { get; }

    /// <summary>The error correction level.</summary>
    public QrErrorCorrection ErrorCorrection { get; }

    /// <summary>The data mask pattern chosen, 0–7 (its reference in ISO/IEC 18004 table 10).</summary>
    public int Mask { get; }

    /// <summary>Modules a side, 17 + 4 × <see cref="Version"/> (21–177), without the quiet zone.</summary>
    public int Size { get; }

    /// <summary>Whether the module at <paramref name="row"/> and <paramref name="column"/> (both 0-based from the top left) is dark.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row or the column is outside 0 … <see cref="Size"/> − 1.</exception>
    public bool this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Size, nameof(row));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)Size, nameof(column));
            return (_rows[(row * _words) + (column >> 6)] & (1UL << column)) != 0;
        }
    }

    /// <summary>Encodes <paramref name="data"/> in byte mode at <paramref name="errorCorrection"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">More bytes than version 40 holds at that level (2,331 at M).</exception>
    public static QrMatrix Encode(ReadOnlySpan<byte> data, QrErrorCorrection errorCorrection)
    {
        var version = QrCodewords.SmallestVersion(data.Length, errorCorrection);
        var symbol = QrUnmaskedSymbol.Create(version, QrCodewords.Interleaved(data, version, errorCorrection));
        var words = symbol.Words;
        var rows = new ulong[symbol.DarkRows.Length];
        var columns = new ulong[symbol.DarkColumns.Length];
        var bestMask = 0;
        var bestScore = int.MaxValue;
        for (var mask = 0; mask < QrMaskPattern.Count; mask++)
        {
            QrMaskPattern.Apply(symbol, mask, errorCorrection, rows, columns);
            var score = QrMaskPenalty.Score(rows, columns, symbol.Size, words);
            // Strictly lower: of equal scores the first mask wins, as in QRCoder.
            if (score < bestScore)
            {
                (bestMask, bestScore) = (mask, score);
            }
        }

        QrMaskPattern.Apply(symbol, bestMask, errorCorrection, rows, columns);
        return new QrMatrix(version, errorCorrection, bestMask, rows, words);
    }

    /// <summary>The version <see cref="Encode"/> chooses for <paramref name="length"/> bytes, without encoding.</summary>
    /// <exception cref="ArgumentOutOfRangeException">More bytes than version 40 holds at that level.</exception>
    public static int VersionFor(int length, QrErrorCorrection errorCorrection)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return QrCodewords.SmallestVersion(length, errorCorrection);
    }

    /// <summary>The first dark module of <paramref name="row"/> at or after <paramref name="column"/>, or −1 when there is none.</summary>
    public int IndexOfDark(int row, int column) => IndexOf(row, column, dark: true);

    /// <summary>The first light module of <paramref name="row"/> at or after <paramref name="column"/>, or <see cref="Size"/> when there is none.</summary>
    public int IndexOfLight(int row, int column) => IndexOf(row, column, dark: false) is var found and >= 0 ? found : Size;

    /// <summary>
    /// QRCoder's form of the same matrix, with its quiet zone of four light modules on each side, for QRCoder's renderers.
    /// The caller disposes it.
    /// </summary>
    public QRCodeData ToQrCodeData()
    {
        var data = new QRCodeData(Version, true);
        for (var row = 0; row < Size; row++)
        {
            var target = data.ModuleMatrix[row + 4];
            for (var column = IndexOfDark(row, 0); column >= 0; column = IndexOfDark(row, column + 1))
            {
                target[column + 4] = true;
            }
        }

        return data;
    }

    private int IndexOf(int row, int column, bool dark)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Size, nameof(row));
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        for (var word = column >> 6; word < _words && column < Size; word++, column = word << 6)
        {
            var bits = _rows[(row * _words) + word];
            var candidates = (dark ? bits : ~bits) & (~0UL << (column & 63));
            if (candidates != 0)
            {
                var found = (word << 6) + BitOperations.TrailingZeroCount(candidates);
                return found < Size ? found : -1;
            }
        }

        return -1;
    }
}
