using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Catalog.Products;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Pages;

public sealed class ProductPageTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task A_product_page_has_one_heading_its_meta_and_schema_org_offers_per_variant()
    {
        using var shop = await CreateShopAsync();
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red", "Blue") with { Title = "Enamel Mug", SeoDescription = "A sturdy mug." });

        var response = await BrowseAsync(shop.Host, $"/p/{product.Handle}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ParseAsync(response);
        page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).ShouldBe(["Enamel Mug"]);
        page.DocumentElement.GetAttribute("lang").ShouldBe("en-US");
        page.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldBe("A sturdy mug.");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe($"http://{shop.Host}/p/{product.Handle}");
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        jsonLd.RootElement.GetProperty("@type").GetString().ShouldBe("Product");
        var offers = jsonLd.RootElement.GetProperty("offers").EnumerateArray().ToList();
        offers.Count.ShouldBe(2);
        offers[0].GetProperty("price").GetString().ShouldBe("12.00");
        offers[0].GetProperty("priceCurrency").GetString().ShouldBe("USD");
        offers[0].GetProperty("availability").GetString().ShouldBe("https://schema.org/InStock");
    }

    [Fact]
    public async Task Choosing_options_by_query_shows_that_variant_price_stock_and_sku()
    {
        using var shop = await CreateShopAsync();
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red", "Blue"), stock: 0);
        var blue = product.Variants.Single(v => v.OptionValues[0] == "Blue");
        var response = await shop.Owner.PutAsJsonAsync($"/api/catalog/products/{product.Id}/variants/{blue.Id}",
            new UpdateProductVariantDto { Sku = "MUG-BLUE", Price = 14m, SpecialPrice = 11m, Version = product.Version }, Ct);
        response.EnsureSuccessStatusCode();
        (await shop.Owner.PostAsJsonAsync($"/api/inventory/stock/{blue.Id}/changes", new Commerce.Inventory.ChangeStockDto { Quantity = 3 }, Ct)).EnsureSuccessStatusCode();

        var page = await ParseAsync(await BrowseAsync(shop.Host, $"/p/{product.Handle}?o1=blue"));

        page.QuerySelector("[data-price]")!.TextContent.ShouldBe("$11.00");
        page.QuerySelector(".was")!.TextContent.ShouldContain("$14.00");
        page.QuerySelector("[data-stock]")!.TextContent.ShouldBe("In stock");
        page.QuerySelector("[data-sku]")!.TextContent.ShouldBe("MUG-BLUE");
        page.QuerySelector("select[name=o1] option[selected]")!.TextContent.ShouldBe("Blue");
        page.QuerySelector("form[action='/cart/add'] input[name=variantId]")!.GetAttribute("value").ShouldBe(blue.Id.ToString());
        page.QuerySelector("form[action='/cart/add'] input[name=__RequestVerificationToken]").ShouldNotBeNull();
        var red = await ParseAsync(await BrowseAsync(shop.Host, $"/p/{product.Handle}?o1=Red"));
        red.QuerySelector("[data-stock]")!.TextContent.ShouldBe("Out of stock");
        red.QuerySelector("form[action='/cart/add'] button")!.HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task Draft_products_and_another_tenants_products_are_not_found_on_the_store()
    {
        using var shop = await CreateShopAsync();
        using var other = await CreateShopAsync();
        var draft = await shop.AddProductAsync(ProductInput.WithColors("Red"), activate: false);
        var theirs = await other.AddProductAsync(ProductInput.WithColors("Red"));

        (await BrowseAsync(shop.Host, $"/p/{draft.Handle}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await BrowseAsync(shop.Host, $"/p/{theirs.Handle}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await BrowseAsync(other.Host, $"/p/{theirs.Handle}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
