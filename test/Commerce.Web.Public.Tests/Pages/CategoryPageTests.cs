using System.Net;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Pages;

public sealed class CategoryPageTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task A_category_lists_its_and_its_subcategories_active_products_with_option_facets()
    {
        using var shop = await CreateShopAsync();
        var mugs = await shop.AddCategoryAsync("Mugs");
        var travel = await shop.AddCategoryAsync("Travel mugs", mugs.Id);
        await shop.AddProductAsync(ProductInput.WithColors("Red", "Blue") with { Title = "Enamel Mug", CategoryIds = [mugs.Id] });
        await shop.AddProductAsync(ProductInput.WithColors("Green") with { Title = "Flask", CategoryIds = [travel.Id] });
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Draft Mug", CategoryIds = [mugs.Id] }, activate: false);
        await shop.AddProductAsync(ProductInput.Create("Tea Towel") with { Handle = NewSlug("towel") });

        var page = await ParseAsync(await BrowseAsync(shop.Host, $"/c/{mugs.Handle}"));

        page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).ShouldBe(["Mugs"]);
        Titles(page).ShouldBe(["Flask", "Enamel Mug"], ignoreOrder: true);
        page.QuerySelectorAll("input[name=o]").Select(i => i.GetAttribute("value")).ShouldBe(["Color:Red", "Color:Blue", "Color:Green"], ignoreOrder: true);
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe($"http://{shop.Host}/c/{mugs.Handle}");
        page.QuerySelector("nav[aria-label=Categories] a")!.GetAttribute("href").ShouldBe($"/c/{mugs.Handle}");
    }

    [Fact]
    public async Task Filters_and_sort_come_from_the_query_string()
    {
        using var shop = await CreateShopAsync();
        var cups = await shop.AddCategoryAsync("Cups");
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Cheap Cup", Price = 5m, CategoryIds = [cups.Id] });
        await shop.AddProductAsync(ProductInput.WithColors("Blue") with { Title = "Dear Cup", Price = 50m, CategoryIds = [cups.Id] });
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Sold Out Cup", Price = 20m, CategoryIds = [cups.Id] }, stock: 0);

        Titles(await ParseAsync(await BrowseAsync(shop.Host, $"/c/{cups.Handle}?sort=PriceDescending"))).ShouldBe(["Dear Cup", "Sold Out Cup", "Cheap Cup"]);
        Titles(await ParseAsync(await BrowseAsync(shop.Host, $"/c/{cups.Handle}?sort=PriceAscending&o=Color:Red"))).ShouldBe(["Cheap Cup", "Sold Out Cup"]);
        Titles(await ParseAsync(await BrowseAsync(shop.Host, $"/c/{cups.Handle}?min=10&max=30"))).ShouldBe(["Sold Out Cup"]);
        Titles(await ParseAsync(await BrowseAsync(shop.Host, $"/c/{cups.Handle}?stock=true&sort=Name"))).ShouldBe(["Cheap Cup", "Dear Cup"]);
    }

    [Fact]
    public async Task A_long_category_is_paged_with_links_that_keep_the_filters()
    {
        using var shop = await CreateShopAsync();
        var bowls = await shop.AddCategoryAsync("Bowls");
        for (var i = 0; i < 25; i++)
            await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = $"Bowl {i:00}", CategoryIds = [bowls.Id] }, stock: 0);

        var first = await ParseAsync(await BrowseAsync(shop.Host, $"/c/{bowls.Handle}?sort=Name"));
        Titles(first).Count.ShouldBe(24);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        next.ShouldBe($"/c/{bowls.Handle}?sort=Name&p=2");
        Titles(await ParseAsync(await BrowseAsync(shop.Host, next))).ShouldBe(["Bowl 24"]);
    }

    [Fact]
    public async Task A_hidden_or_unknown_category_is_not_found()
    {
        using var shop = await CreateShopAsync();
        var hidden = await shop.AddCategoryAsync("Secret", hidden: true);

        (await BrowseAsync(shop.Host, $"/c/{hidden.Handle}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await BrowseAsync(shop.Host, "/c/no-such-category")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".card h3").Select(h => h.TextContent.Trim()).ToList();
}
