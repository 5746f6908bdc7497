using System.Security.Cryptography;
using SkiaSharp;

namespace CertEngine.Server.Features.Candidates;

/// <summary>
/// Turns whatever picture staff upload into a candidate's 1-inch photo (一寸照, 25×35 mm): decoded only when it is a
/// JPEG, PNG or WebP of sensible dimensions (read from the header before any pixel is decoded, so a small file claiming
/// a gigapixel canvas costs nothing), turned upright by its EXIF orientation, centre-cropped to 5:7, resized to
/// <see cref="Width"/>×<see cref="Height"/> and re-encoded as JPEG, which drops every piece of metadata (GPS, camera).
/// </summary>
public sealed class CandidatePhotoImages : IDisposable
{
    /// <summary>The photo's width in pixels (25 mm at 300 dpi).</summary>
    public const int Width = 295;

    /// <summary>The photo's height in pixels (35 mm at 300 dpi).</summary>
    public const int Height = 413;

    /// <summary>The largest upload taken, in bytes (8 MB: a phone's photo; the page sends a cropped one of a few tens of kilobytes).</summary>
    public const int MaxUploadBytes = 8 * 1024 * 1024;

    /// <summary>The most pixels a picture may claim (40 megapixels; decoding allocates four bytes each).</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The longest side a picture may claim, in pixels.</summary>
    public const int MaxSide = 12_000;

    /// <summary>The shortest side a picture may have, in pixels (an ID card reader's photo is 102×126).</summary>
    public const int MinSide = 80;

    private const int Quality = 88;

    // Two decodes at once at most: each may hold up to MaxPixels × 4 bytes for a moment, and the server has other work.
    private readonly SemaphoreSlim _decoders = new(2, 2);

    /// <summary>The photo made from <paramref name="upload"/>, waiting for a free decoder first.</summary>
    public async Task<PhotoImage> NormaliseAsync(byte[] upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length > MaxUploadBytes)
        {
            return new PhotoImage.Refused(PhotoRefusal.TooLarge);
        }

        await _decoders.WaitAsync(cancellationToken);
        try
        {
            return Normalise(upload);
        }
        finally
        {
            _decoders.Release();
        }
    }

    /// <summary>The photo made from <paramref name="upload"/>, now.</summary>
    public static PhotoImage Normalise(byte[] upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length > MaxUploadBytes)
        {
            return new PhotoImage.Refused(PhotoRefusal.TooLarge);
        }

        if (upload.Length == 0)
        {
            return new PhotoImage.Refused(PhotoRefusal.NotAnImage);
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            return new PhotoImage.Refused(PhotoRefusal.NotAnImage);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return new PhotoImage.Refused(PhotoRefusal.TooManyPixels);
        }

        if (width < MinSide || height < MinSide)
        {
            return new PhotoImage.Refused(PhotoRefusal.TooSmall);
        }

        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return new PhotoImage.Refused(PhotoRefusal.NotAnImage);
        }

        var jpeg = Render(decoded, codec.EncodedOrigin);
        return new PhotoImage.Normalised(jpeg, Convert.ToHexStringLower(SHA256.HashData(jpeg)));
    }

    /// <inheritdoc />
    public void Dispose() => _decoders.Dispose();

    // JPEG and WebP decode at 1/2, 1/4 or 1/8 scale for next to nothing: take the smallest that still covers the photo.
    private static SKBitmap? Decode(SKCodec codec)
    {
        var size = codec.Info.Size;
        foreach (var scale in new[] { 0.125f, 0.25f, 0.5f })
        {
            var scaled = codec.GetScaledDimensions(scale);
            if (scaled.Width >= Height && scaled.Height >= Height)
            {
                size = scaled;
                break;
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        // A truncated or damaged file is refused rather than stored half grey.
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }

        return bitmap;
    }

    private static byte[] Render(SKBitmap decoded, SKEncodedOrigin origin)
    {
        var (w, h) = ((float)decoded.Width, (float)decoded.Height);
        // Maps the decoded pixels onto the upright picture the camera meant (EXIF orientation 1–8).
        var (orient, uprightWidth, uprightHeight) = origin switch
        {
            SKEncodedOrigin.TopRight => (new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1), w, h),
            SKEncodedOrigin.BottomRight => (new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), w, h),
            SKEncodedOrigin.BottomLeft => (new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1), w, h),
            SKEncodedOrigin.LeftTop => (new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1), h, w),
            SKEncodedOrigin.RightTop => (new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1), h, w),
            SKEncodedOrigin.RightBottom => (new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), h, w),
            SKEncodedOrigin.LeftBottom => (new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), h, w),
            _ => (SKMatrix.Identity, w, h),
        };

        // The largest 5:7 rectangle in the middle of the upright picture, scaled onto the photo.
        var cropWidth = Math.Min(uprightWidth, uprightHeight * Width / Height);
        var cropHeight = cropWidth * Height / Width;
        var scale = Width / cropWidth;
        var place = SKMatrix.CreateScale(scale, scale)
            .PreConcat(SKMatrix.CreateTranslation(-(uprightWidth - cropWidth) / 2, -(uprightHeight - cropHeight) / 2))
            .PreConcat(orient);

        using var photo = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(photo))
        {
            // A transparent PNG prints on white, as a photo does.
            canvas.Clear(SKColors.White);
            canvas.SetMatrix(place);
            using var image = SKImage.FromBitmap(decoded);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var encoded = photo.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded.ToArray();
    }
}
