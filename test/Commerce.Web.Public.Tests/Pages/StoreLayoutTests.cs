using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Commerce.Web.Public.Theming;

namespace Commerce.Web.Public.Pages;

public sealed class StoreLayoutTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task The_home_page_is_themed_with_the_stores_colors_and_landmarks()
    {
        using var shop = await CreateShopAsync("Harbour Goods");
        await shop.UpdateStoreAsync(s => s with
        {
            Theme = s.Theme with
            {
                PrimaryColor = "#ffeb3b", AccentColor = "#1e3a5f", BackgroundColor = "#ffffff", TextColor = "#eeeeee", FontFamily = "Georgia",
                Banners = [new() { ImageUrl = "/banner.png", Title = "Summer sale", LinkUrl = "/c/summer" }],
            },
        });
        await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Enamel Mug" });

        var page = await ParseAsync(await BrowseAsync(shop.Host));

        page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).ShouldBe(["Harbour Goods"]);
        var style = page.QuerySelector("head style")!.TextContent;
        style.ShouldContain("--primary:#ffeb3b;");
        style.ShouldContain("--on-primary:#000000;");
        style.ShouldContain("--text:#000000;");
        style.ShouldContain("Georgia");
        page.QuerySelector("a.skip")!.GetAttribute("href").ShouldBe("#main");
        page.QuerySelector("main#main").ShouldNotBeNull();
        page.QuerySelector("header").ShouldNotBeNull();
        page.QuerySelector("footer").ShouldNotBeNull();
        page.QuerySelector(".banner h2 a")!.TextContent.ShouldBe("Summer sale");
        page.QuerySelector(".card h3")!.TextContent.Trim().ShouldBe("Enamel Mug");
        page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe(StorefrontStylesheet.Path);
    }

    [Fact]
    public async Task An_uploaded_logo_and_banner_are_shown_and_load_from_the_store_s_own_domain()
    {
        using var shop = await CreateShopAsync();
        var logo = await shop.UploadStoreMediaAsync(TestImages.Png(300, 100));
        var banner = await shop.UploadStoreMediaAsync(TestImages.Png(2400, 800));
        await shop.UpdateStoreAsync(s => s with
        {
            LogoUrl = logo.Url,
            Theme = s.Theme with { Banners = [new() { ImageUrl = banner.Url, Title = "New season" }] },
        });

        var page = await ParseAsync(await BrowseAsync(shop.Host));

        page.QuerySelector("header .brand img")!.GetAttribute("src").ShouldBe(logo.Url);
        page.QuerySelector(".banner img")!.GetAttribute("src").ShouldBe(banner.Url);
        foreach (var url in new[] { logo.Url, banner.Url })
        {
            var file = await BrowseAsync(shop.Host, url);
            file.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            file.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        }
    }

    [Theory]
    [InlineData("de-DE", "EUR", "12,00 €")]
    [InlineData("en-GB", "GBP", "£12.00")]
    [InlineData("de-DE", "USD", "12,00 $")]
    public async Task Prices_are_written_in_the_stores_currency_the_way_its_locale_writes_money(string locale, string currency, string expected)
    {
        using var shop = await CreateShopAsync(locale: locale, currency: currency);
        await shop.AddProductAsync(ProductInput.WithColors("Red"));

        var page = await ParseAsync(await BrowseAsync(shop.Host));

        page.DocumentElement.GetAttribute("lang").ShouldBe(locale);
        page.QuerySelector(".card .price")!.TextContent.Trim().ShouldBe(expected);
    }

    [Fact]
    public async Task The_stylesheet_is_served_with_long_cache_headers()
    {
        using var browser = Host.CreateClient(accessToken: null);

        var response = await browser.GetAsync(StorefrontStylesheet.Path, Ct);

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
    }

    [Fact]
    public void Foregrounds_keep_a_contrast_of_at_least_four_and_a_half_to_one()
    {
        foreach (var background in new[] { "#ffeb3b", "#1e3a5f", "#e76f51", "#777777", "#ffffff", "#000000" })
            ThemeColors.Contrast(ThemeColors.ReadableOn(background), background).ShouldBeGreaterThanOrEqualTo(ThemeColors.MinimumContrast);
    }
}
