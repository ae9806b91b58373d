using Commerce.Catalog.ProductImages;
using Commerce.TestBase.Builders;
using SkiaSharp;

namespace Commerce.Media;

public sealed class ThumbnailRendererTests
{
    [Fact]
    public void Each_thumbnail_is_a_webp_whose_long_side_is_its_size()
    {
        var thumbnails = ThumbnailRenderer.Render(TestImages.Jpeg(2000, 1000), ProductImageConsts.ThumbnailSizes);

        thumbnails.Keys.ShouldBe(ProductImageConsts.ThumbnailSizes);
        Size(thumbnails[160]).ShouldBe((160, 80, SKEncodedImageFormat.Webp));
        Size(thumbnails[480]).ShouldBe((480, 240, SKEncodedImageFormat.Webp));
        Size(thumbnails[1024]).ShouldBe((1024, 512, SKEncodedImageFormat.Webp));
    }

    [Fact]
    public void A_small_image_is_never_scaled_up()
    {
        var thumbnails = ThumbnailRenderer.Render(TestImages.Png(300, 200), ProductImageConsts.ThumbnailSizes);

        Size(thumbnails[160]).ShouldBe((160, 107, SKEncodedImageFormat.Webp));
        Size(thumbnails[480]).ShouldBe((300, 200, SKEncodedImageFormat.Webp));
        Size(thumbnails[1024]).ShouldBe((300, 200, SKEncodedImageFormat.Webp));
    }

    [Fact]
    public void A_photo_with_an_exif_orientation_is_turned_upright()
    {
        var turned = TestImages.WithExifOrientation(TestImages.Jpeg(400, 200), 6);

        using var thumbnail = SKBitmap.Decode(ThumbnailRenderer.Render(turned, [160])[160]);

        (thumbnail.Width, thumbnail.Height).ShouldBe((80, 160));
        IsGold(thumbnail.GetPixel(60, 40)).ShouldBeTrue("the stored top-left corner is the upright top-right one");
        IsGold(thumbnail.GetPixel(20, 40)).ShouldBeFalse();
    }

    [Fact]
    public void An_animated_gif_gives_its_first_frame()
    {
        using var thumbnail = SKBitmap.Decode(ThumbnailRenderer.Render(TestImages.Gif(64, 48, SKColors.Red, SKColors.Blue), [160])[160]);

        (thumbnail.Width, thumbnail.Height).ShouldBe((64, 48));
        thumbnail.GetPixel(32, 24).Red.ShouldBeGreaterThan((byte)200);
        thumbnail.GetPixel(32, 24).Blue.ShouldBeLessThan((byte)50);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    public void Another_format_can_be_asked_for(SKEncodedImageFormat format)
    {
        var thumbnails = ThumbnailRenderer.Render(TestImages.Webp(600, 300), [160], format);

        Size(thumbnails[160]).ShouldBe((160, 80, format));
    }

    private static (int Width, int Height, SKEncodedImageFormat Format) Size(byte[] encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    private static bool IsGold(SKColor color) => color.Red > 200 && color.Green > 170 && color.Blue < 80;
}
