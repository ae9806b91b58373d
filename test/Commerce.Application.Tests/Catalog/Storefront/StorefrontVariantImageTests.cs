using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Storefront;

/// <summary>The pictures of cart and order lines: a variant's own image, else its product's first, whatever the product's state.</summary>
public sealed class StorefrontVariantImageTests(TestDatabase database) : ProductImageTestBase(database)
{
    [Fact]
    public async Task A_variant_with_its_own_image_gets_it_and_its_sibling_gets_the_products_first_image()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var first = await UploadAsync(tenant, owner, TestImages.Png(40, 30));
        var blue = await UploadAsync(tenant, owner, TestImages.Png(30, 40));
        await AsOwnerAsync(tenant, owner, s => s.UpdateAsync(ProductId, blue.Id, new UpdateProductImageDto { VariantIds = [VariantIds[1]], Version = blue.Version }, Ct));

        var images = await GetVariantImagesAsync(tenant, VariantIds.Select(v => (ProductId, v)));

        images[VariantIds[0]].ShouldSatisfyAllConditions(i => i.Id.ShouldBe(first.Id), i => (i.Width, i.Height).ShouldBe((40, 30)));
        images[VariantIds[1]].Id.ShouldBe(blue.Id);
    }

    [Fact]
    public async Task The_first_image_follows_the_gallery_order_and_a_product_without_images_has_none()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var bare = await CreateProductAsync(tenant, owner);
        var first = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var second = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        await AsOwnerAsync(tenant, owner, s => s.ReorderAsync(ProductId, new ReorderProductImagesDto { ImageIds = [second.Id, first.Id] }, Ct));

        var images = await GetVariantImagesAsync(tenant, [(ProductId, VariantIds[0]), (bare.Id, bare.Variants[0].Id)]);

        images.Keys.ShouldBe([VariantIds[0]]);
        images[VariantIds[0]].Id.ShouldBe(second.Id);
    }

    [Fact]
    public async Task A_deleted_product_keeps_its_picture_for_the_orders_that_show_it()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        await Services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], async (IProductAppService s) =>
        {
            await s.DeleteAsync(ProductId, Ct);
            return true;
        });

        var images = await GetVariantImagesAsync(tenant, [(ProductId, VariantIds[0])]);

        images[VariantIds[0]].Id.ShouldBe(image.Id);
    }

    [Fact]
    public async Task Another_tenants_products_give_no_pictures()
    {
        var (tenantA, ownerA) = await CreateTenantAsync();
        await UploadAsync(tenantA, ownerA, TestImages.Png(8, 8));
        var (productA, variantA) = (ProductId, VariantIds[0]);
        var (tenantB, _) = await CreateTenantAsync();

        (await GetVariantImagesAsync(tenantB, [(productA, variantA)])).ShouldBeEmpty();
    }

    private async Task<IReadOnlyDictionary<Guid, StorefrontImageDto>> GetVariantImagesAsync(TenantDto tenant, IEnumerable<(Guid ProductId, Guid VariantId)> lines)
    {
        using var scope = Services.AsTenant(tenant.Id);
        return await Services.InScopeAsync(sp => sp.GetRequiredService<IStorefrontCatalogAppService>().GetVariantImagesAsync(
            [.. lines.Select(l => new StorefrontVariantRefDto { ProductId = l.ProductId, VariantId = l.VariantId })], Ct));
    }
}
