using SkiaSharp;

namespace Commerce.Media;

/// <summary>
/// Makes an image's thumbnails: upright (EXIF orientation applied), fitted so the long side is the size asked for but
/// never larger than the original, encoded as WebP unless another format is asked for, and without the original's
/// metadata. The original is decoded once, straight at a reduced scale where the format allows it (JPEG, WebP), and
/// every size is drawn from that with mipmapped sampling.
/// </summary>
internal static class ThumbnailRenderer
{
    /// <summary>The type of a thumbnail made in the default format.</summary>
    public const string ContentType = "image/webp";

    /// <summary>The lossy formats' quality (PNG ignores it).</summary>
    private const int Quality = 82;

    public static IReadOnlyDictionary<int, byte[]> Render(
        byte[] original, IReadOnlyList<int> sizes, SKEncodedImageFormat format = SKEncodedImageFormat.Webp)
    {
        using var data = SKData.CreateCopy(original);
        using var codec = SKCodec.Create(data)
            ?? throw new BusinessException(CommerceErrorCodes.Media.NotAnImage, BusinessErrorKind.Invalid);
        using var image = SKImage.FromBitmap(Decode(codec, sizes.Max()));
        var swaps = ImageOrientation.SwapsAxes(codec.EncodedOrigin);
        var (uprightWidth, uprightHeight) = swaps ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        var toUpright = ImageOrientation.ToUpright(codec.EncodedOrigin, image.Width, image.Height);

        var thumbnails = new Dictionary<int, byte[]>();
        foreach (var size in sizes)
        {
            var scale = Math.Min(1.0, (double)size / Math.Max(uprightWidth, uprightHeight));
            var target = new SKImageInfo(
                Math.Max(1, (int)Math.Round(uprightWidth * scale)), Math.Max(1, (int)Math.Round(uprightHeight * scale)),
                SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(target);
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.Transparent);
            canvas.Scale((float)target.Width / (swaps ? image.Height : image.Width), (float)target.Height / (swaps ? image.Width : image.Height));
            canvas.Concat(toUpright);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            using var snapshot = surface.Snapshot();
            using var encoded = snapshot.Encode(format, Quality)
                ?? throw new ArgumentException($"Skia cannot encode {format}.", nameof(format));
            thumbnails[size] = encoded.ToArray();
        }

        return thumbnails;
    }

    /// <summary>The stored pixels, at the smallest scale the codec offers that still covers the largest thumbnail.</summary>
    private static SKBitmap Decode(SKCodec codec, int largestSize)
    {
        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = codec.GetScaledDimensions(MathF.Min(1, (float)largestSize / longSide));
        if (Math.Max(size.Width, size.Height) < Math.Min(largestSize, longSide))
            size = codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new BusinessException(CommerceErrorCodes.Media.NotAnImage, BusinessErrorKind.Invalid);
        }

        return bitmap;
    }
}
