using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Pages;

public sealed class SearchPageTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task Search_finds_the_stores_active_products_despite_a_typo()
    {
        using var shop = await CreateShopAsync();
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Organic Cotton T-Shirt" });
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Linen Trousers" });
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Draft T-Shirt" }, activate: false);

        var page = await ParseAsync(await BrowseAsync(shop.Host, "/search?q=tshrit"));

        page.QuerySelectorAll(".card h3").Select(h => h.TextContent.Trim()).ShouldBe(["Organic Cotton T-Shirt"]);
        page.QuerySelectorAll("h1").Length.ShouldBe(1);
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        page.QuerySelector("input[name=q]")!.GetAttribute("value").ShouldBe("tshrit");
    }

    [Fact]
    public async Task Search_never_shows_another_stores_products()
    {
        using var shop = await CreateShopAsync();
        using var other = await CreateShopAsync();
        await other.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Porcelain Teapot" });

        var page = await ParseAsync(await BrowseAsync(shop.Host, "/search?q=teapot"));

        page.QuerySelectorAll(".card").ShouldBeEmpty();
    }
}
