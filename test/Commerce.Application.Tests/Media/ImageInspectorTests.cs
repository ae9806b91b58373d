using System.Text;
using Commerce.Catalog.ProductImages;
using Commerce.TestBase.Builders;
using SkiaSharp;

namespace Commerce.Media;

public sealed class ImageInspectorTests
{
    public static TheoryData<string, byte[], string> Images() => new()
    {
        { "JPEG", TestImages.Jpeg(640, 480), "image/jpeg" },
        { "PNG", TestImages.Png(640, 480), "image/png" },
        { "WebP", TestImages.Webp(640, 480), "image/webp" },
        { "GIF, two frames", TestImages.Gif(640, 480, SKColors.Red, SKColors.Blue), "image/gif" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void A_real_image_is_known_by_its_content_with_its_size(string kind, byte[] content, string contentType)
    {
        var image = ImageInspector.Inspect(content);

        image.ShouldBe(new InspectedImage(contentType, 640, 480, content.Length), kind);
    }

    [Fact]
    public void A_text_file_named_like_a_jpeg_is_not_an_image() =>
        ShouldBeRefused(Encoding.UTF8.GetBytes("Just a shopping note, saved as photo.jpg"), CommerceErrorCodes.Media.NotAnImage);

    [Fact]
    public void An_empty_file_is_not_an_image() => ShouldBeRefused([], CommerceErrorCodes.Media.NotAnImage);

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void A_truncated_image_is_refused(SKEncodedImageFormat format)
    {
        var content = TestImages.Encode(format, 800, 600);

        ShouldBeRefused(content[..(content.Length / 2)], CommerceErrorCodes.Media.NotAnImage);
    }

    [Fact]
    public void A_format_other_than_the_four_is_refused() =>
        ShouldBeRefused(Bmp(), CommerceErrorCodes.Media.NotAnImage);

    [Fact]
    public void A_png_header_claiming_50000_by_50000_pixels_is_refused_before_decoding()
    {
        var ex = Should.Throw<BusinessException>(() => ImageInspector.Inspect(TestImages.PngHeaderClaiming(50_000, 50_000)));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.ImageDimensionsTooLarge);
        ex.Details["width"].ShouldBe(50_000);
    }

    [Fact]
    public void A_photo_turned_by_its_exif_orientation_reports_its_upright_size()
    {
        var turned = TestImages.WithExifOrientation(TestImages.Jpeg(400, 200), 6);

        var image = ImageInspector.Inspect(turned);

        (image.Width, image.Height).ShouldBe((200, 400));
    }

    [Fact]
    public async Task An_upload_past_the_size_limit_is_refused_while_it_is_read()
    {
        using var content = new NonSeekableStream(new byte[ProductImageConsts.MaxByteSize + 1]);

        var ex = await Should.ThrowAsync<BusinessException>(() => ImageInspector.ReadAsync(content, TestContext.Current.CancellationToken));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.ImageTooLarge);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }

    [Fact]
    public async Task An_upload_at_the_size_limit_is_read_whole()
    {
        using var content = new NonSeekableStream(new byte[ProductImageConsts.MaxByteSize]);

        (await ImageInspector.ReadAsync(content, TestContext.Current.CancellationToken)).Length.ShouldBe((int)ProductImageConsts.MaxByteSize);
    }

    private static void ShouldBeRefused(byte[] content, string code)
    {
        var ex = Should.Throw<BusinessException>(() => ImageInspector.Inspect(content));
        ex.Code.ShouldBe(code);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }

    /// <summary>A 2×2 Windows bitmap: an image Skia reads, but not one the catalog takes.</summary>
    private static byte[] Bmp()
    {
        var bmp = new byte[54 + 16];
        "BM"u8.CopyTo(bmp);
        BitConverter.TryWriteBytes(bmp.AsSpan(2), bmp.Length);
        BitConverter.TryWriteBytes(bmp.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bmp.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bmp.AsSpan(18), 2);
        BitConverter.TryWriteBytes(bmp.AsSpan(22), 2);
        BitConverter.TryWriteBytes(bmp.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(bmp.AsSpan(28), (short)32);
        using var data = SKData.CreateCopy(bmp);
        using var codec = SKCodec.Create(data);
        codec.EncodedFormat.ShouldBe(SKEncodedImageFormat.Bmp);
        return bmp;
    }

    /// <summary>An upload stream as ASP.NET Core's can be: its length unknown until it is read.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
