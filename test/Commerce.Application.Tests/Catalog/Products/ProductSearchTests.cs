using Commerce.TestBase.Builders;
using Commerce.Catalog.Categories;
using Commerce.TestBase.Database;

namespace Commerce.Catalog.Products;

public sealed class ProductSearchTests(TestDatabase database) : CatalogTestBase(database)
{
    [Fact]
    public async Task A_typo_still_finds_the_title()
    {
        var tenant = await CreateTenantAsync();
        await CreateAsync(tenant, "Organic Cotton T-Shirt");
        await CreateAsync(tenant, "Ceramic Mug");

        var found = await SearchAsync(tenant, new GetProductListInput { Filter = "tshrit" });

        found.ShouldBe(["Organic Cotton T-Shirt"]);
    }

    [Fact]
    public async Task Word_hits_rank_above_close_ones_and_distant_words_stay_out()
    {
        var tenant = await CreateTenantAsync();
        await CreateAsync(tenant, "Sweatshirt");
        await CreateAsync(tenant, "Shirt Hanger");
        await CreateAsync(tenant, "Pleated Skirt");

        var found = await SearchAsync(tenant, new GetProductListInput { Filter = "shirt" });

        found.ShouldBe(["Shirt Hanger", "Sweatshirt"]);
    }

    [Fact]
    public async Task Skus_tags_and_word_beginnings_are_found()
    {
        var tenant = await CreateTenantAsync();
        await CreateAsync(tenant, "Organic Cotton T-Shirt", input => input with { Sku = "TSH-001", Tags = ["summer"] });
        await CreateAsync(tenant, "Ceramic Mug", input => input with { Sku = "MUG-042" });

        (await SearchAsync(tenant, new GetProductListInput { Filter = "TSH-001" })).ShouldBe(["Organic Cotton T-Shirt"]);
        (await SearchAsync(tenant, new GetProductListInput { Filter = "mug042" })).ShouldBe(["Ceramic Mug"]);
        (await SearchAsync(tenant, new GetProductListInput { Filter = "summer" })).ShouldBe(["Organic Cotton T-Shirt"]);
        (await SearchAsync(tenant, new GetProductListInput { Filter = "ceram" })).ShouldBe(["Ceramic Mug"]);
    }

    [Fact]
    public async Task Status_store_and_category_with_its_subcategories_filter_the_list()
    {
        var tenant = await CreateTenantAsync();
        var clothing = await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Clothing" }, Ct));
        var shirts = await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Shirts", ParentId = clothing.Id }, Ct));
        var store = await CreateStoreAsync(tenant);
        var tee = await CreateAsync(tenant, "Tee", input => input with { CategoryIds = [shirts.Id], StoreIds = [store] });
        await CreateAsync(tenant, "Scarf", input => input with { CategoryIds = [clothing.Id] });
        await CreateAsync(tenant, "Mug");
        await AsOwner(tenant, (IProductAppService s) => s.ActivateAsync(tee.Id, Ct));

        (await SearchAsync(tenant, new GetProductListInput { CategoryId = clothing.Id, Sort = ProductSort.Title })).ShouldBe(["Scarf"]);
        (await SearchAsync(tenant, new GetProductListInput { CategoryId = clothing.Id, IncludeSubcategories = true, Sort = ProductSort.Title })).ShouldBe(["Scarf", "Tee"]);
        (await SearchAsync(tenant, new GetProductListInput { StoreId = store })).ShouldBe(["Tee"]);
        (await SearchAsync(tenant, new GetProductListInput { Status = ProductStatus.Active })).ShouldBe(["Tee"]);
    }

    [Fact]
    public async Task Pages_are_sorted_on_the_server_and_count_every_match()
    {
        var tenant = await CreateTenantAsync();
        await CreateAsync(tenant, "Bowl", input => input with { Price = 12m });
        await CreateAsync(tenant, "Mug", input => input with { Price = 8m });
        await CreateAsync(tenant, "Plate", input => input with { Price = 15m });

        var page = await AsOwner(tenant, (IProductAppService s) => s.GetListAsync(
            new GetProductListInput { Sort = ProductSort.Price, Descending = true, SkipCount = 1, MaxResultCount = 1 }, Ct));

        page.TotalCount.ShouldBe(3);
        page.Items.Single().ShouldSatisfyAllConditions(i => i.Title.ShouldBe("Bowl"), i => i.MinPrice.ShouldBe(12m), i => i.VariantCount.ShouldBe(1));
    }

    [Fact]
    public async Task Another_tenant_s_products_are_never_found()
    {
        var tenantA = await CreateTenantAsync();
        var tenantB = await CreateTenantAsync();
        await CreateAsync(tenantA, "Organic Cotton T-Shirt");

        (await SearchAsync(tenantB, new GetProductListInput { Filter = "shirt" })).ShouldBeEmpty();
        (await SearchAsync(tenantB, new GetProductListInput())).ShouldBeEmpty();
    }

    private Task<ProductDto> CreateAsync(CatalogTenant tenant, string title, Func<CreateProductDto, CreateProductDto>? change = null) =>
        AsOwner(tenant, (IProductAppService s) => s.CreateAsync((change ?? (i => i))(ProductInput.Create(title)), Ct));

    private async Task<List<string>> SearchAsync(CatalogTenant tenant, GetProductListInput input) =>
        (await AsOwner(tenant, (IProductAppService s) => s.GetListAsync(input, Ct))).Items.Select(i => i.Title).ToList();
}
