using SkiaSharp;

namespace CertEngine.Server.Tests.Api;

/// <summary>Pictures for photo tests, drawn in memory: two colours split down or across, in any format, with EXIF or a forged size.</summary>
internal static class Pictures
{
    public static readonly SKColor Red = new(220, 20, 20);
    public static readonly SKColor Blue = new(20, 20, 220);

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> picture: red on the left half and blue on the right (or top and bottom).</summary>
    public static byte[] Split(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg, bool across = false)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = Red };
            using var blue = new SKPaint { Color = Blue };
            canvas.DrawRect(0, 0, across ? width : width / 2f, across ? height / 2f : height, red);
            canvas.DrawRect(across ? 0 : width / 2f, across ? height / 2f : 0, width, height, blue);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary><paramref name="jpeg"/> with an EXIF block whose orientation is <paramref name="orientation"/> (1–8) and a made-up GPS-free camera make.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        // APP1 "Exif\0\0", big-endian TIFF header, one IFD with two entries: Make (ASCII, "CAMERA1") and Orientation (SHORT).
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8,
            0, 2,
            0x01, 0x0F, 0, 2, 0, 0, 0, 8, 0, 0, 0, 38,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0,
            0, 0, 0, 0,
            (byte)'C', (byte)'A', (byte)'M', (byte)'E', (byte)'R', (byte)'A', (byte)'1', 0,
        ];
        byte[] exif = [(byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, .. tiff];
        var length = exif.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, .. jpeg[2..]];
    }

    /// <summary><paramref name="jpeg"/> with its frame header claiming <paramref name="width"/>×<paramref name="height"/> (a decompression bomb's shape).</summary>
    public static byte[] ClaimingSize(byte[] jpeg, int width, int height)
    {
        var forged = (byte[])jpeg.Clone();
        for (var i = 2; i < forged.Length - 9; i++)
        {
            if (forged[i] == 0xFF && forged[i + 1] is 0xC0 or 0xC2)
            {
                forged[i + 5] = (byte)(height >> 8);
                forged[i + 6] = (byte)height;
                forged[i + 7] = (byte)(width >> 8);
                forged[i + 8] = (byte)width;
                return forged;
            }
        }

        throw new InvalidOperationException("no frame header");
    }

    /// <summary>The colour at (<paramref name="x"/>, <paramref name="y"/>) of an encoded picture, and its size.</summary>
    public static (int Width, int Height, SKColor Colour) Read(byte[] encoded, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        return (bitmap.Width, bitmap.Height, bitmap.GetPixel(x, y));
    }

    /// <summary>Whether <paramref name="actual"/> is near <paramref name="expected"/> (JPEG shifts colours a little).</summary>
    public static bool Near(SKColor expected, SKColor actual) =>
        Math.Abs(expected.Red - actual.Red) < 40 && Math.Abs(expected.Green - actual.Green) < 40 && Math.Abs(expected.Blue - actual.Blue) < 40;
}
