namespace CertEngine.Server.Certificates.Qr;

/// <summary>
/// The codeword sequence of a byte-mode QR symbol (ISO/IEC 18004 §7.4–7.6): mode indicator 0100, character count,
/// the bytes, terminator, padding 11101100 00010001 …, split into blocks, a Reed–Solomon code per block, then the
/// data codewords and the error correction codewords each interleaved block by block.
/// </summary>
internal static class QrCodewords
{
    /// <summary>The smallest version (1–40) whose byte-mode capacity at <paramref name="level"/> holds <paramref name="length"/> bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">More bytes than version 40 holds at this level.</exception>
    public static int SmallestVersion(int length, QrErrorCorrection level)
    {
        for (var version = QrVersionTable.MinVersion; version <= QrVersionTable.MaxVersion; version++)
        {
            if (length <= QrVersionTable.ByteCapacity(version, level))
            {
                return version;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(length), length,
            $"a QR code holds at most {QrVersionTable.ByteCapacity(QrVersionTable.MaxVersion, level)} bytes at level {level}");
    }

    /// <summary>All codewords in placement order.</summary>
    public static byte[] Interleaved(ReadOnlySpan<byte> data, int version, QrErrorCorrection level)
    {
        var dataCodewords = DataCodewords(data, version, level);
        var blocks = QrVersionTable.BlockCount(version, level);
        var eccPerBlock = QrVersionTable.EccCodewordsPerBlock(version, level);
        var shortLength = dataCodewords.Length / blocks;
        var longBlocks = dataCodewords.Length % blocks;
        var shortBlocks = blocks - longBlocks;
        var ecc = new byte[blocks * eccPerBlock];
        var result = new byte[dataCodewords.Length + ecc.Length];

        var start = 0;
        for (var block = 0; block < blocks; block++)
        {
            // Blocks of the first group come first and are one codeword shorter than those of the second.
            var length = shortLength + (block < shortBlocks ? 0 : 1);
            QrReedSolomon.Encode(dataCodewords.AsSpan(start, length), ecc.AsSpan(block * eccPerBlock, eccPerBlock));
            for (var i = 0; i < length; i++)
            {
                // Codeword i of every block in turn; the long blocks' extra last codeword comes after all the others.
                var position = i < shortLength ? (i * blocks) + block : (shortLength * blocks) + (block - shortBlocks);
                result[position] = dataCodewords[start + i];
            }

            start += length;
        }

        for (var i = 0; i < eccPerBlock; i++)
        {
            for (var block = 0; block < blocks; block++)
            {
                result[dataCodewords.Length + (i * blocks) + block] = ecc[(block * eccPerBlock) + i];
            }
        }

        return result;
    }

    private static byte[] DataCodewords(ReadOnlySpan<byte> data, int version, QrErrorCorrection level)
    {
        var codewords = new byte[QrVersionTable.DataCodewords(version, level)];
        // Mode indicator and count; the 4-bit mode puts every later byte 4 bits off the codeword boundary (the count
        // is 8 or 16 bits), so after each byte 4 bits wait for the next one.
        var countBits = QrVersionTable.ByteCountBits(version);
        var pending = (0b0100u << countBits) | (uint)data.Length;
        var written = 0;
        if (countBits == 16)
        {
            codewords[written++] = (byte)(pending >> 12);
        }

        codewords[written++] = (byte)(pending >> 4);
        pending &= 0xF;
        foreach (var value in data)
        {
            codewords[written++] = (byte)((pending << 4) | (uint)(value >> 4));
            pending = value & 0xFu;
        }

        // The last 4 bits and the terminator's four 0 bits make one codeword (the capacity always leaves room for the
        // 4 bits; a shorter terminator is the same zeros).
        codewords[written++] = (byte)(pending << 4);
        for (var pad = 0; written < codewords.Length; pad++)
        {
            codewords[written++] = (pad & 1) == 0 ? (byte)0b1110_1100 : (byte)0b0001_0001;
        }

        return codewords;
    }
}
