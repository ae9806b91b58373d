using System.Collections.Frozen;
using SkiaSharp;

namespace Commerce.Media;

/// <summary>
/// Decides what an upload is from its bytes alone, never from its file name or Content-Type: JPEG, PNG, WebP or GIF
/// (of which the first frame is used), within the size and pixel limits. The dimensions come from the header, so a
/// decompression bomb is refused before a single pixel is decoded; only then is the image decoded once, at a reduced
/// scale where the format allows it, to refuse a damaged or truncated file.
/// </summary>
internal static class ImageInspector
{
    /// <summary>Enough pixels to prove the whole file decodes; JPEG and WebP decode straight to this scale.</summary>
    private const float VerificationPixelCount = 1_000_000;

    private static readonly FrozenDictionary<SKEncodedImageFormat, string> ContentTypes = new Dictionary<SKEncodedImageFormat, string>
    {
        [SKEncodedImageFormat.Jpeg] = "image/jpeg",
        [SKEncodedImageFormat.Png] = "image/png",
        [SKEncodedImageFormat.Webp] = "image/webp",
        [SKEncodedImageFormat.Gif] = "image/gif",
    }.ToFrozenDictionary();

    /// <summary>Reads an upload into memory, refusing it as soon as it passes <see cref="ImageUploadConsts.MaxByteSize"/>.</summary>
    public static async Task<byte[]> ReadAsync(Stream content, CancellationToken ct)
    {
        if (content.CanSeek && content.Length - content.Position > ImageUploadConsts.MaxByteSize)
            throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ImageUploadConsts.MaxByteSize)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static InspectedImage Inspect(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || !ContentTypes.TryGetValue(codec.EncodedFormat, out var contentType))
            throw NotAnImage();
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > ImageUploadConsts.MaxPixelCount)
        {
            throw new BusinessException(CommerceErrorCodes.Media.ImageDimensionsTooLarge, BusinessErrorKind.Invalid)
                .WithData("width", width).WithData("height", height).WithData("maxMegapixels", ImageUploadConsts.MaxPixelCount / 1_000_000);
        }

        EnsureDecodes(codec);
        return ImageOrientation.SwapsAxes(codec.EncodedOrigin)
            ? new InspectedImage(contentType, height, width, content.Length)
            : new InspectedImage(contentType, width, height, content.Length);
    }

    private static void EnsureDecodes(SKCodec codec)
    {
        var scale = MathF.Min(1, MathF.Sqrt(VerificationPixelCount / ((float)codec.Info.Width * codec.Info.Height)));
        var size = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
            throw NotAnImage();
    }

    private static BusinessException NotAnImage() => new(CommerceErrorCodes.Media.NotAnImage, BusinessErrorKind.Invalid);

    private static BusinessException TooLarge() =>
        new BusinessException(CommerceErrorCodes.Media.ImageTooLarge, BusinessErrorKind.Invalid)
            .WithData("maxMegabytes", ImageUploadConsts.MaxByteSize / (1024 * 1024));
}
