using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;

namespace Commerce.Catalog.Products;

public sealed class ProductLimitTests(TestDatabase database) : CatalogTestBase(database)
{
    [Fact]
    public async Task Creating_a_product_past_the_plan_limit_fails_with_ProductLimitReached_and_the_limit()
    {
        var tenant = await CreateTenantAsync(maxProducts: 2);
        await CreateAsync(tenant, "One");
        await CreateAsync(tenant, "Two");

        var ex = await Should.ThrowAsync<BusinessException>(() => CreateAsync(tenant, "Three"));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.ProductLimitReached);
        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        ex.Details["limit"].ShouldBe(2);
        (await CountAsync(tenant)).ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_creates_never_pass_the_plan_limit()
    {
        var tenant = await CreateTenantAsync(maxProducts: 3);

        var attempts = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await CreateAsync(tenant, $"Product {i}");
                return null;
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        }));

        attempts.Count(code => code is null).ShouldBe(3);
        attempts.Where(code => code is not null).ShouldAllBe(code => code == CommerceErrorCodes.Catalog.ProductLimitReached);
        (await CountAsync(tenant)).ShouldBe(3);
    }

    [Fact]
    public async Task A_deleted_product_frees_its_place_under_the_limit()
    {
        var tenant = await CreateTenantAsync(maxProducts: 1);
        var first = await CreateAsync(tenant, "One");

        await AsOwner(tenant, (IProductAppService s) => s.DeleteAsync(first.Id, Ct));

        (await CreateAsync(tenant, "Two")).Title.ShouldBe("Two");
    }

    private Task<ProductDto> CreateAsync(CatalogTenant tenant, string title) =>
        AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(title), Ct));

    private async Task<long> CountAsync(CatalogTenant tenant) =>
        (await AsOwner(tenant, (IProductAppService s) => s.GetListAsync(new GetProductListInput(), Ct))).TotalCount;
}
