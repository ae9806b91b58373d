using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;

namespace Commerce.Catalog.Products;

public sealed class ProductVariantAppServiceTests(TestDatabase database) : CatalogTestBase(database)
{
    [Fact]
    public async Task A_variant_is_added_updated_priced_per_store_and_deleted_each_time_moving_the_product_s_version()
    {
        var tenant = await CreateTenantAsync();
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(
            ProductInput.Create(sku: "TEE") with { Options = [new ProductOptionDto { Name = "Size", Values = ["S", "M", "L"] }] }, Ct));
        var large = product.Variants.Single(v => v.OptionValues[0] == "L");
        var store = await CreateStoreAsync(tenant);

        var deleted = await AsOwner(tenant, (IProductVariantAppService s) => s.DeleteAsync(product.Id, large.Id, product.Version, Ct));
        var added = await AsOwner(tenant, (IProductVariantAppService s) => s.AddAsync(product.Id,
            new CreateProductVariantDto { OptionValues = ["L"], Sku = "TEE-L", Price = 27m, Version = deleted.Version }, Ct));
        var newLarge = added.Variants.Single(v => v.OptionValues[0] == "L");
        var updated = await AsOwner(tenant, (IProductVariantAppService s) => s.UpdateAsync(product.Id, newLarge.Id,
            new UpdateProductVariantDto { Sku = "TEE-L", Price = 26m, SpecialPrice = 20m, Version = added.Version }, Ct));
        var priced = await AsOwner(tenant, (IProductVariantAppService s) => s.SetStorePricesAsync(product.Id, newLarge.Id,
            new SetVariantStorePricesDto { Prices = [new VariantStorePriceDto { StoreId = store, Price = 24m }], Version = updated.Version }, Ct));

        new[] { product.Version, deleted.Version, added.Version, updated.Version, priced.Version }.Distinct().Count().ShouldBe(5);
        var read = await AsOwner(tenant, (IProductAppService s) => s.GetAsync(product.Id, Ct));
        read.Variants.Select(v => v.OptionValues[0]).ShouldBe(["S", "M", "L"]);
        read.Variants[2].ShouldSatisfyAllConditions(
            v => v.Id.ShouldNotBe(large.Id),
            v => v.Price.ShouldBe(26m),
            v => v.SpecialPrice.ShouldBe(20m),
            v => v.StorePrices.Single().Price.ShouldBe(24m));
    }

    [Fact]
    public async Task A_change_from_a_stale_product_version_fails_with_StaleVersion()
    {
        var tenant = await CreateTenantAsync();
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(), Ct));
        var variant = product.Variants[0];
        await AsOwner(tenant, (IProductVariantAppService s) => s.UpdateAsync(product.Id, variant.Id, new UpdateProductVariantDto { Price = 30m, Version = product.Version }, Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IProductVariantAppService s) =>
            s.UpdateAsync(product.Id, variant.Id, new UpdateProductVariantDto { Price = 40m, Version = product.Version }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        (await AsOwner(tenant, (IProductAppService s) => s.GetAsync(product.Id, Ct))).Variants[0].Price.ShouldBe(30m);
    }

    [Fact]
    public async Task A_sku_another_product_has_fails_with_DuplicateSku_and_writes_nothing()
    {
        var tenant = await CreateTenantAsync();
        await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create("Mug", "MUG-1"), Ct));
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create("Cup", "CUP-1"), Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IProductVariantAppService s) =>
            s.UpdateAsync(product.Id, product.Variants[0].Id, new UpdateProductVariantDto { Sku = "MUG-1", Price = 9m, Version = product.Version }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateSku);
        (await AsOwner(tenant, (IProductAppService s) => s.GetAsync(product.Id, Ct))).Variants[0].ShouldSatisfyAllConditions(
            v => v.Sku.ShouldBe("CUP-1"),
            v => v.Price.ShouldBe(25m));
    }

    [Fact]
    public async Task Generating_after_deleting_a_combination_brings_it_back_and_keeps_the_others()
    {
        var tenant = await CreateTenantAsync();
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(
            ProductInput.Create() with { Options = [new ProductOptionDto { Name = "Size", Values = ["S", "M"] }] }, Ct));
        var afterDelete = await AsOwner(tenant, (IProductVariantAppService s) => s.DeleteAsync(product.Id, product.Variants[1].Id, product.Version, Ct));

        var generated = await AsOwner(tenant, (IProductVariantAppService s) => s.GenerateAsync(product.Id, new GenerateVariantsDto { Version = afterDelete.Version }, Ct));

        generated.Variants.Select(v => v.OptionValues[0]).ShouldBe(["S", "M"]);
        generated.Variants[0].Id.ShouldBe(product.Variants[0].Id);
    }
}
