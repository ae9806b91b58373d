using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using SkiaSharp;

namespace Commerce.Catalog.ProductImages;

public sealed class GenerateProductImageThumbnailsJobTests(TestDatabase database) : ProductImageTestBase(database)
{
    [Fact]
    public async Task The_job_makes_each_thumbnail_size_as_webp_and_marks_the_image_ready()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Jpeg(2000, 1500));

        await RunThumbnailJobAsync(tenant.Id, image.Id);

        var ready = await AsOwnerAsync(tenant, owner, s => s.GetAsync(ProductId, image.Id, Ct));
        ready.ThumbnailState.ShouldBe(ProductImageThumbnailState.Ready);
        ready.ThumbnailSizes.ShouldBe(ProductImageConsts.ThumbnailSizes);
        ThumbnailSize(tenant.Id, image.Id, 160).ShouldBe((160, 120, SKEncodedImageFormat.Webp));
        ThumbnailSize(tenant.Id, image.Id, 480).ShouldBe((480, 360, SKEncodedImageFormat.Webp));
        ThumbnailSize(tenant.Id, image.Id, 1024).ShouldBe((1024, 768, SKEncodedImageFormat.Webp));
    }

    [Fact]
    public async Task Running_the_job_again_makes_the_same_thumbnails_over_the_first()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Png(300, 200));

        await RunThumbnailJobAsync(tenant.Id, image.Id);
        await RunThumbnailJobAsync(tenant.Id, image.Id);

        (await AsOwnerAsync(tenant, owner, s => s.GetAsync(ProductId, image.Id, Ct))).ThumbnailState.ShouldBe(ProductImageThumbnailState.Ready);
        ThumbnailSize(tenant.Id, image.Id, 1024).ShouldBe((300, 200, SKEncodedImageFormat.Webp));
        BlobFiles().Length.ShouldBe(1 + ProductImageConsts.ThumbnailSizes.Count);
    }

    [Fact]
    public async Task An_image_deleted_before_its_job_runs_gets_no_thumbnails()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Png(300, 200));
        await AsOwnerAsync(tenant, owner, async s =>
        {
            await s.DeleteAsync(ProductId, image.Id, Ct);
            return true;
        });

        await RunThumbnailJobAsync(tenant.Id, image.Id);

        BlobFiles().ShouldBeEmpty();
    }

    private (int Width, int Height, SKEncodedImageFormat Format) ThumbnailSize(Guid tenantId, Guid imageId, int size)
    {
        using var codec = SKCodec.Create(BlobPath(tenantId, $"{imageId:N}/{size}.webp"));
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }
}
