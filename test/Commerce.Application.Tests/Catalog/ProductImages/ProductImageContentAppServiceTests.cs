using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.ProductImages;

public sealed class ProductImageContentAppServiceTests(TestDatabase database) : ProductImageTestBase(database)
{
    [Fact]
    public async Task Anyone_gets_the_original_with_its_type_and_a_thumbnail_once_it_is_made()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var content = TestImages.Jpeg(800, 600);
        var image = await UploadAsync(tenant, owner, content);
        await RunThumbnailJobAsync(tenant.Id, image.Id);

        var original = await GetAsync(tenant.Id, image.Id, "original");
        var thumbnail = await GetAsync(tenant.Id, image.Id, "480");

        original.ContentType.ShouldBe("image/jpeg");
        original.Bytes.ShouldBe(content);
        (original.ETag, thumbnail.ETag).ShouldBe(($"\"{image.Id:N}-original\"", $"\"{image.Id:N}-480\""));
        thumbnail.ContentType.ShouldBe("image/webp");
    }

    [Fact]
    public async Task A_thumbnail_not_made_yet_or_of_an_unknown_size_is_not_found()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Png(800, 600));

        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(tenant.Id, image.Id, "160"));
        await RunThumbnailJobAsync(tenant.Id, image.Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(tenant.Id, image.Id, "333"));
        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(tenant.Id, image.Id, "../original"));
    }

    [Fact]
    public async Task An_image_asked_for_under_another_tenant_or_an_unknown_one_is_not_found()
    {
        var (tenantA, ownerA) = await CreateTenantAsync();
        var productOfA = ProductId;
        var (tenantB, _) = await CreateTenantAsync();
        var image = await UploadAsync(tenantA, ownerA, TestImages.Png(8, 8), productOfA);

        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(tenantB.Id, image.Id, "original"));
        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(Guid.CreateVersion7(), image.Id, "original"));
    }

    private Task<(string ContentType, string ETag, byte[] Bytes)> GetAsync(Guid tenantId, Guid imageId, string size) =>
        Services.InScopeAsync(async sp =>
        {
            var content = await sp.GetRequiredService<IProductImageContentAppService>().GetAsync(tenantId, imageId, size, Ct);
            await using var stream = content.Content;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, Ct);
            sp.GetRequiredService<ICurrentTenant>().Id.ShouldBeNull();
            return (content.ContentType, content.ETag, buffer.ToArray());
        });
}
