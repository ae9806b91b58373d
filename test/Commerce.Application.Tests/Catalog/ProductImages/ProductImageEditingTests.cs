using Commerce.Domain.Repositories;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.ProductImages;

public sealed class ProductImageEditingTests(TestDatabase database) : ProductImageTestBase(database)
{
    [Fact]
    public async Task Reordering_with_every_image_once_sets_the_gallery_order()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var a = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var b = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var c = await UploadAsync(tenant, owner, TestImages.Png(8, 8));

        var ordered = await AsOwnerAsync(tenant, owner, s => s.ReorderAsync(ProductId, new ReorderProductImagesDto { ImageIds = [c.Id, a.Id, b.Id] }, Ct));

        ordered.Select(i => i.Id).ShouldBe([c.Id, a.Id, b.Id]);
        (await GetListAsync(tenant, owner)).Select(i => (i.Id, i.Position)).ShouldBe([(c.Id, 0), (a.Id, 1), (b.Id, 2)]);
    }

    [Fact]
    public async Task Reordering_with_an_image_left_out_is_refused_and_changes_nothing()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var a = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var b = await UploadAsync(tenant, owner, TestImages.Png(8, 8));

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsOwnerAsync(tenant, owner, s => s.ReorderAsync(ProductId, new ReorderProductImagesDto { ImageIds = [b.Id] }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.GalleryOrderMismatch);
        (await GetListAsync(tenant, owner)).Select(i => i.Id).ShouldBe([a.Id, b.Id]);
    }

    [Fact]
    public async Task Alt_text_and_variants_change_at_the_version_read_and_a_stale_version_is_refused()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var (red, blue) = (VariantIds[0], VariantIds[1]);

        var updated = await AsOwnerAsync(tenant, owner, s => s.UpdateAsync(ProductId, image.Id,
            new UpdateProductImageDto { AltText = "Red mug", VariantIds = [red, blue], Version = image.Version }, Ct));
        var stale = await Should.ThrowAsync<BusinessException>(() => AsOwnerAsync(tenant, owner, s => s.UpdateAsync(ProductId, image.Id,
            new UpdateProductImageDto { AltText = "Old", Version = image.Version }, Ct)));

        updated.AltText.ShouldBe("Red mug");
        updated.VariantIds.ShouldBe([red, blue], ignoreOrder: true);
        stale.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        var read = await AsOwnerAsync(tenant, owner, s => s.GetAsync(ProductId, image.Id, Ct));
        read.AltText.ShouldBe("Red mug");
        read.VariantIds.ShouldBe([red, blue], ignoreOrder: true);
    }

    [Fact]
    public async Task A_variant_that_has_an_image_cannot_be_given_a_second_one()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var first = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var second = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var red = VariantIds[0];
        await AsOwnerAsync(tenant, owner, s => s.UpdateAsync(ProductId, first.Id, new UpdateProductImageDto { VariantIds = [red], Version = first.Version }, Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwnerAsync(tenant, owner, s => s.UpdateAsync(ProductId, second.Id,
            new UpdateProductImageDto { VariantIds = [red], Version = second.Version }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.VariantAlreadyHasImage);
        ex.Details["variantId"].ShouldBe(red);
    }

    [Fact]
    public async Task Two_images_given_the_same_variant_at_once_are_stopped_by_the_unique_index()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var first = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var second = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var red = VariantIds[0];
        using var scope = Services.AsTenant(tenant.Id);

        // Both checks run before either change is saved, as in two requests at the same moment.
        var ex = await Should.ThrowAsync<BusinessException>(() => Services.InScopeAsync(async sp =>
        {
            await GiveVariantAsync(sp, first.Id, red, save: false);
            await Services.InScopeAsync(other => GiveVariantAsync(other, second.Id, red, save: true));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
        }));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.VariantAlreadyHasImage);
    }

    [Fact]
    public async Task A_deleted_image_leaves_the_gallery_with_its_files()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var kept = await UploadAsync(tenant, owner, TestImages.Png(8, 8));
        var deleted = await UploadAsync(tenant, owner, TestImages.Png(600, 400));
        await RunThumbnailJobAsync(tenant.Id, deleted.Id);

        await AsOwnerAsync(tenant, owner, async s =>
        {
            await s.DeleteAsync(ProductId, deleted.Id, Ct);
            return true;
        });

        (await GetListAsync(tenant, owner)).Select(i => i.Id).ShouldBe([kept.Id]);
        BlobFiles().ShouldBe([BlobPath(tenant.Id, $"{kept.Id:N}/original")]);
    }

    [Fact]
    public async Task An_image_is_not_found_under_another_product()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var image = await UploadAsync(tenant, owner, TestImages.Png(8, 8));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwnerAsync(tenant, owner, s => s.GetAsync(Guid.CreateVersion7(), image.Id, Ct)));
    }

    [Fact]
    public async Task Tenant_B_neither_sees_nor_changes_tenant_A_s_images()
    {
        var (tenantA, ownerA) = await CreateTenantAsync();
        var productOfA = ProductId;
        var (tenantB, ownerB) = await CreateTenantAsync();
        var image = await UploadAsync(tenantA, ownerA, TestImages.Png(8, 8), productOfA);

        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwnerAsync(tenantB, ownerB, s => s.GetListAsync(productOfA, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwnerAsync(tenantB, ownerB, s => s.GetAsync(productOfA, image.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwnerAsync(tenantB, ownerB, async s =>
        {
            await s.DeleteAsync(productOfA, image.Id, Ct);
            return true;
        }));

        (await AsOwnerAsync(tenantA, ownerA, s => s.GetListAsync(productOfA, Ct))).Select(i => i.Id).ShouldBe([image.Id]);
        File.Exists(BlobPath(tenantA.Id, $"{image.Id:N}/original")).ShouldBeTrue();
    }

    private static async Task GiveVariantAsync(IServiceProvider sp, Guid imageId, Guid variantId, bool save)
    {
        var image = await sp.GetRequiredService<IProductImageRepository>().GetAsync(imageId, Ct);
        await sp.GetRequiredService<ProductImageManager>().SetVariantsAsync(image, [variantId], Ct);
        if (save)
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
    }
}
