using System.Net;
using System.Net.Http.Json;
using Commerce.Catalog.Products;
using Commerce.Inventory;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Caching;

/// <summary>
/// Product pages (antiforgery makes them per visitor, so they are not output-cached) and store resolution read
/// through the application's cache: every change must still show on the next request.
/// </summary>
public sealed class StorefrontDataCacheTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task A_product_page_shows_a_new_title_price_and_stock_on_the_next_request()
    {
        using var shop = await CreateShopAsync();
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Old Mug" }, stock: 2);
        var variant = product.Variants[0];
        (await ProductPageAsync(shop, product)).QuerySelector("h1")!.TextContent.Trim().ShouldBe("Old Mug");

        product = await shop.UpdateProductAsync(product, p => p with { Title = "New Mug" });
        (await shop.Owner.PutAsJsonAsync($"/api/catalog/products/{product.Id}/variants/{variant.Id}",
            new UpdateProductVariantDto { Sku = variant.Sku, Price = 19m, Version = product.Version }, Ct)).EnsureSuccessStatusCode();
        var page = await ProductPageAsync(shop, product);
        page.QuerySelector("h1")!.TextContent.Trim().ShouldBe("New Mug");
        page.QuerySelector("[data-price]")!.TextContent.ShouldBe("$19.00");
        page.QuerySelector("[data-stock]")!.TextContent.ShouldBe("In stock");

        (await shop.Owner.PostAsJsonAsync($"/api/inventory/stock/{variant.Id}/changes", new ChangeStockDto { Quantity = -2 }, Ct)).EnsureSuccessStatusCode();
        (await ProductPageAsync(shop, product)).QuerySelector("[data-stock]")!.TextContent.ShouldBe("Out of stock");
    }

    [Fact]
    public async Task A_new_slug_moves_the_store_to_its_new_host_at_once_and_a_new_look_shows()
    {
        using var shop = await CreateShopAsync();
        var oldHost = shop.Host;
        (await BrowseAsync(oldHost)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await shop.UpdateStoreAsync(s => s with { Slug = NewSlug("moved"), Theme = s.Theme with { PrimaryColor = "#123456" } });

        (await BrowseAsync(oldHost)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var moved = await BrowseAsync(shop.Host);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.Content.ReadAsStringAsync(Ct)).ShouldContain("#123456");
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ProductPageAsync(TestShop shop, ProductDto product) =>
        await ParseAsync(await BrowseAsync(shop.Host, $"/p/{product.Handle}"));
}
