using System.Net;
using System.Net.Http.Json;
using Commerce.Application.Dtos;
using Commerce.Catalog.Products;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Catalog;

public sealed class ProductsApiTests(TestHost host) : HttpTestBase(host)
{
    private const string ProductsUrl = "/api/catalog/products";

    [Fact]
    public async Task Creating_a_product_answers_201_with_its_location()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(ProductsUrl, new { title = "Ceramic Mug", sku = "MUG-1", price = 12.5m }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = (await response.Content.ReadFromJsonAsync<ProductDto>(Json, Ct))!;
        response.Headers.Location!.AbsolutePath.ShouldBe($"{ProductsUrl}/{product.Id}");
        (await owner.GetFromJsonAsync<ProductDto>(response.Headers.Location, Json, Ct))!.Variants.Single().Price.ShouldBe(12.5m);
    }

    [Fact]
    public async Task A_duplicate_sku_answers_409_DuplicateSku()
    {
        using var owner = await OwnerOfNewTenantAsync();
        (await owner.PostAsJsonAsync(ProductsUrl, new { title = "Ceramic Mug", sku = "MUG-1", price = 12m }, Ct)).EnsureSuccessStatusCode();

        var response = await owner.PostAsJsonAsync(ProductsUrl, new { title = "Tea Cup", sku = "MUG-1", price = 9m }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Catalog.DuplicateSku);
        (await ListAsync(owner)).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_negative_price_answers_400_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(ProductsUrl, new { title = "Ceramic Mug", price = -1m }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Validation);
        problem.GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.Equals("price", StringComparison.OrdinalIgnoreCase));
        (await ListAsync(owner)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_negative_variant_price_answers_400_and_leaves_the_variant_as_it_was()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var product = await CreateAsync(owner);
        var variant = product.Variants[0];

        var response = await owner.PutAsJsonAsync($"{ProductsUrl}/{product.Id}/variants/{variant.Id}", new { price = -5m, version = product.Version }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.GetFromJsonAsync<ProductDto>($"{ProductsUrl}/{product.Id}", Json, Ct))!.Variants[0].Price.ShouldBe(12m);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_answers_409_StaleVersion()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var product = await CreateAsync(owner);
        var update = new { title = "Mug", handle = product.Handle, version = product.Version };
        (await owner.PutAsJsonAsync($"{ProductsUrl}/{product.Id}", update, Ct)).EnsureSuccessStatusCode();

        var response = await owner.PutAsJsonAsync($"{ProductsUrl}/{product.Id}", update with { title = "Cup" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.StaleVersion);
    }

    [Fact]
    public async Task Another_tenant_s_product_answers_404_and_stays_as_it_was()
    {
        using var ownerA = await OwnerOfNewTenantAsync();
        using var ownerB = await OwnerOfNewTenantAsync();
        var product = await CreateAsync(ownerA);
        var variantUrl = $"{ProductsUrl}/{product.Id}/variants/{product.Variants[0].Id}";

        (await ownerB.GetAsync($"{ProductsUrl}/{product.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.PutAsJsonAsync($"{ProductsUrl}/{product.Id}", new { title = "Mine", handle = "mine", version = product.Version }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.PutAsJsonAsync(variantUrl, new { price = 1m, version = product.Version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.PostAsync($"{ProductsUrl}/{product.Id}/activate", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.DeleteAsync($"{ProductsUrl}/{product.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var kept = (await ownerA.GetFromJsonAsync<ProductDto>($"{ProductsUrl}/{product.Id}", Json, Ct))!;
        kept.ShouldSatisfyAllConditions(p => p.Title.ShouldBe("Ceramic Mug"), p => p.Status.ShouldBe(ProductStatus.Draft), p => p.Variants[0].Price.ShouldBe(12m));
    }

    private static async Task<ProductDto> CreateAsync(HttpClient owner)
    {
        var response = await owner.PostAsJsonAsync(ProductsUrl, new { title = "Ceramic Mug", sku = "MUG-1", price = 12m }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json, Ct))!;
    }

    private static async Task<PagedResultDto<ProductListItemDto>> ListAsync(HttpClient owner) =>
        (await owner.GetFromJsonAsync<PagedResultDto<ProductListItemDto>>(ProductsUrl, Json, Ct))!;
}
