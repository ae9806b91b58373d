using System.Net.Http.Json;
using Commerce.Inventory;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Commerce.Web.Public.Stores;

namespace Commerce.Web.Public.Caching;

public sealed class StorefrontOutputCacheTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task A_second_anonymous_visit_is_served_from_the_cache_but_not_for_a_signed_in_customer()
    {
        using var shop = await CreateShopAsync();
        var cups = await shop.AddCategoryAsync("Cups");

        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldBeNull();
        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldNotBeNull();
        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}?sort=Name")).Headers.Age.ShouldBeNull();
        (await BrowseWithCookieAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldBeNull();
    }

    [Fact]
    public async Task A_renamed_product_shows_on_the_next_request()
    {
        using var shop = await CreateShopAsync();
        var cups = await shop.AddCategoryAsync("Cups");
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Old Name", CategoryIds = [cups.Id] });
        await BrowseAsync(shop.Host, $"/c/{cups.Handle}");
        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldNotBeNull();

        await shop.UpdateProductAsync(product, p => p with { Title = "New Name" });

        var page = await ParseAsync(await BrowseAsync(shop.Host, $"/c/{cups.Handle}"));
        page.QuerySelector(".card h3")!.TextContent.Trim().ShouldBe("New Name");
    }

    [Fact]
    public async Task A_stock_change_and_a_store_change_evict_the_cached_pages()
    {
        using var shop = await CreateShopAsync("Old Shop");
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red"), stock: 0);
        (await ParseAsync(await BrowseAsync(shop.Host))).QuerySelector(".card .muted")!.TextContent.ShouldBe("Out of stock");

        (await shop.Owner.PostAsJsonAsync($"/api/inventory/stock/{product.Variants[0].Id}/changes", new ChangeStockDto { Quantity = 2 }, Ct)).EnsureSuccessStatusCode();
        (await ParseAsync(await BrowseAsync(shop.Host))).QuerySelector(".card .muted").ShouldBeNull();

        await shop.UpdateStoreAsync(s => s with { Name = "New Shop" });
        (await ParseAsync(await BrowseAsync(shop.Host))).QuerySelector("h1")!.TextContent.Trim().ShouldBe("New Shop");
    }

    [Fact]
    public async Task A_stock_change_that_keeps_the_product_in_stock_keeps_the_cached_pages_and_the_last_unit_sold_evicts_them()
    {
        using var shop = await CreateShopAsync();
        var cups = await shop.AddCategoryAsync("Cups");
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red") with { CategoryIds = [cups.Id] }, stock: 2);
        var variantId = product.Variants[0].Id;
        await BrowseAsync(shop.Host, $"/c/{cups.Handle}");
        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldNotBeNull();

        (await shop.Owner.PostAsJsonAsync($"/api/inventory/stock/{variantId}/changes", new ChangeStockDto { Quantity = 3 }, Ct)).EnsureSuccessStatusCode();
        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldNotBeNull();

        (await shop.Owner.PostAsJsonAsync($"/api/inventory/stock/{variantId}/changes", new ChangeStockDto { Quantity = -5 }, Ct)).EnsureSuccessStatusCode();
        var page = await BrowseAsync(shop.Host, $"/c/{cups.Handle}");
        page.Headers.Age.ShouldBeNull();
        (await ParseAsync(page)).QuerySelector(".card .muted")!.TextContent.ShouldBe("Out of stock");
    }

    [Fact]
    public async Task A_visitor_with_a_cart_is_never_served_nor_stored_in_the_shared_cache()
    {
        using var shop = await CreateShopAsync();
        var cups = await shop.AddCategoryAsync("Cups");

        (await BrowseWithCookieAsync(shop.Host, $"/c/{cups.Handle}", StorefrontCookies.Cart)).Headers.Age.ShouldBeNull();
        (await BrowseAsync(shop.Host, $"/c/{cups.Handle}")).Headers.Age.ShouldBeNull();
        (await BrowseWithCookieAsync(shop.Host, $"/c/{cups.Handle}", StorefrontCookies.Cart)).Headers.Age.ShouldBeNull();
    }

    private async Task<HttpResponseMessage> BrowseWithCookieAsync(string hostName, string path, string cookie = StorefrontCookies.Customer)
    {
        using var browser = Host.CreateClient(accessToken: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = hostName } };
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.Add("Cookie", $"{cookie}=anything");
        return await browser.SendAsync(request, Ct);
    }
}
