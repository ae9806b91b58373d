using System.Net;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Commerce.Web.Public.Customers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Web.Public.Checkout;

public sealed class CartPageTests(TestHost host) : CheckoutPageTestBase(host)
{
    [Fact]
    public async Task Adding_to_the_cart_shows_the_servers_price_whatever_price_the_form_sends()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);

        var added = await browser.AddToCartAsync(product.Handle, 2, new Dictionary<string, string> { ["price"] = "0.01", ["unitPrice"] = "0.01" });

        added.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/cart");
        var cart = await ShopperSession.ParseAsync(added);
        cart.QuerySelector("[data-unit-price]")!.TextContent.ShouldBe("$20.00");
        cart.QuerySelector("[data-line-total]")!.TextContent.ShouldBe("$40.00");
        cart.QuerySelector("[data-subtotal]")!.TextContent.ShouldBe("$40.00");
    }

    [Fact]
    public async Task A_line_shows_its_products_picture_named_by_the_product()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        var image = await shop.AddImageAsync(product, TestImages.Png(40, 30));
        using var browser = ShopperSession.Open(Host, shop.Host);

        var cart = await ShopperSession.ParseAsync(await browser.AddToCartAsync(product.Handle));

        var img = cart.QuerySelector("[data-line] .line-image img")!;
        img.GetAttribute("src")!.ShouldStartWith($"/media/product-images/{shop.Tenant.Id}/{image.Id}/");
        img.GetAttribute("alt").ShouldBe(product.Title);
        (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading")).ShouldBe(("40", "30", "lazy"));
        cart.QuerySelector("[data-no-image]").ShouldBeNull();
    }

    [Fact]
    public async Task A_line_of_a_product_without_pictures_shows_an_empty_frame_and_no_img()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);

        var cart = await ShopperSession.ParseAsync(await browser.AddToCartAsync(product.Handle));

        var frame = cart.QuerySelector("[data-line] .line-image")!;
        frame.QuerySelector("img").ShouldBeNull();
        frame.QuerySelector("[data-no-image]").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_cart_cookie_is_http_only_lax_and_scoped_to_the_store_host()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var raw = Host.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri($"http://{shop.Host}"),
        });
        var productPage = await raw.GetAsync($"/p/{product.Handle}", Ct);
        var antiforgery = productPage.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single();
        var page = await ShopperSession.ParseAsync(productPage);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = page.QuerySelector("form[action='/cart/add'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
                ["variantId"] = product.Variants[0].Id.ToString(),
                ["quantity"] = "1",
            }),
        };
        request.Headers.Add("Cookie", antiforgery);

        var response = await raw.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Commerce.Cart=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldNotContain("domain=");
    }

    [Fact]
    public async Task A_quantity_above_the_stock_is_refused_with_a_message()
    {
        var (shop, product) = await CreateCheckoutShopAsync(stock: 2);
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);

        var added = await browser.AddToCartAsync(product.Handle, 3);

        var cart = await ShopperSession.ParseAsync(added);
        cart.QuerySelector("[data-message]")!.TextContent.ShouldContain("Only 2");
        cart.QuerySelectorAll("[data-line]").Length.ShouldBe(0);
    }

    [Fact]
    public async Task Quantities_are_changed_and_lines_removed_with_their_forms()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);

        var updated = await ShopperSession.ParseAsync(await browser.SubmitAsync("/cart", new Dictionary<string, string> { ["quantity"] = "3" }, "/cart/update"));
        updated.QuerySelector("[data-subtotal]")!.TextContent.ShouldBe("$60.00");
        var removed = await ShopperSession.ParseAsync(await browser.SubmitAsync("/cart", new Dictionary<string, string>(), "/cart/remove"));

        removed.QuerySelectorAll("[data-line]").Length.ShouldBe(0);
    }

    [Fact]
    public async Task Adding_to_the_cart_without_the_antiforgery_token_is_refused()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = product.Variants[0].Id.ToString(), ["quantity"] = "1" });

        var response = await browser.Client.PostAsync("/cart/add", content, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_visitors_cart_joins_the_customers_cart_on_sign_in()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var first = ShopperSession.Open(Host, shop.Host);
        await first.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "merge@example.com", ["Input.Password"] = "Shopper-Password-1", ["Input.Name"] = "Merge Shopper",
        });
        using var second = ShopperSession.Open(Host, shop.Host);
        await second.AddToCartAsync(product.Handle, 2);

        await second.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "merge@example.com", ["Password"] = "Shopper-Password-1" });

        var cart = await second.GetPageAsync("/cart");
        cart.QuerySelector("[data-subtotal]")!.TextContent.ShouldBe("$40.00");
        (await first.GetPageAsync("/cart")).QuerySelector("[data-subtotal]")!.TextContent.ShouldBe("$40.00");
    }
}
