using System.Net;
using Commerce.Payments;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Commerce.Web.Public.Customers;

namespace Commerce.Web.Public.Checkout;

public sealed class CheckoutPageTests(TestHost host) : CheckoutPageTestBase(host)
{
    private const string Password = "Shopper-Password-1";

    [Fact]
    public async Task A_guest_pays_with_the_test_card_and_sees_the_paid_confirmation()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle, 2);

        var reviewed = await browser.ReviewAsync("guest@example.com");
        reviewed.QuerySelector("[data-subtotal]")!.TextContent.ShouldBe("$40.00");
        reviewed.QuerySelector("[data-shipping]")!.TextContent.ShouldBe("$5.00");
        reviewed.QuerySelector("[data-grand-total]")!.TextContent.ShouldBe("$45.00");
        var placed = await browser.PlaceWithCardAsync(reviewed, PaidCard);

        placed.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/orders/");
        placed.RequestMessage.RequestUri.Query.ShouldStartWith("?token=");
        var confirmation = await ShopperSession.ParseAsync(placed);
        confirmation.QuerySelector("h1 [data-order-number]")!.TextContent.ShouldBe("#1001");
        confirmation.QuerySelector("[data-payment-status]")!.TextContent.ShouldStartWith("Paid");
        confirmation.QuerySelector("[data-grand-total]")!.TextContent.ShouldBe("$45.00");
        (await browser.GetPageAsync("/cart")).QuerySelectorAll("[data-line]").Length.ShouldBe(0);
    }

    [Fact]
    public async Task The_review_and_the_confirmation_show_each_lines_picture()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        var image = await shop.AddImageAsync(product, TestImages.Png(40, 30));
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);

        var reviewed = await browser.ReviewAsync("guest@example.com");
        var confirmation = await ShopperSession.ParseAsync(await browser.PlaceWithCardAsync(reviewed, PaidCard));

        foreach (var page in new[] { reviewed, confirmation })
        {
            var img = page.QuerySelector("table.cart .line-image img")!;
            img.GetAttribute("src")!.ShouldStartWith($"/media/product-images/{shop.Tenant.Id}/{image.Id}/");
            img.GetAttribute("alt").ShouldBe(product.Title);
        }
    }

    [Fact]
    public async Task A_declined_card_shows_the_reason_and_keeps_the_cart_without_a_paid_order()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);

        var declined = await browser.CheckOutAsync("guest@example.com", DeclinedCard);

        declined.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/checkout/place");
        (await ShopperSession.ParseAsync(declined)).QuerySelector("[data-errors]")!.TextContent.ShouldContain("declined");
        (await browser.GetPageAsync("/cart")).QuerySelectorAll("[data-line]").Length.ShouldBe(1);
        (await OrdersOfAsync(shop)).ShouldAllBe(o => o.PaymentStatus != PaymentStatus.Captured);
    }

    [Fact]
    public async Task An_address_the_store_does_not_ship_to_is_said_so_and_the_order_cannot_be_placed()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);
        var page = await browser.GetPageAsync("/checkout");

        var response = await browser.PostFormAsync(page, new Dictionary<string, string>(CheckoutBrowser.UsAddress)
        {
            ["Email"] = "far@example.com", ["Address.CountryCode"] = "DE", ["Address.Region"] = "",
        }, "/checkout/continue");

        var reviewed = await ShopperSession.ParseAsync(response);
        reviewed.QuerySelector("[data-errors]")!.TextContent.ShouldContain("do not ship");
        reviewed.QuerySelector("[data-place-order]").ShouldBeNull();
        (await browser.GetPageAsync("/cart")).QuerySelectorAll("[data-line]").Length.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_form_posted_twice_at_once_places_one_order()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);
        var reviewed = await browser.ReviewAsync("twice@example.com");

        var responses = await Task.WhenAll(browser.PlaceWithCardAsync(reviewed, PaidCard), browser.PlaceWithCardAsync(reviewed, PaidCard));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await OrdersOfAsync(shop)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_signed_in_customers_order_is_in_their_order_history_and_nobody_elses()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var customer = ShopperSession.Open(Host, shop.Host);
        await RegisterAsync(customer, "ordering@example.com");
        await customer.AddToCartAsync(product.Handle);

        var placed = await customer.CheckOutAsync(email: null, PaidCard);

        placed.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/account/orders/");
        var orderPath = placed.RequestMessage.RequestUri.AbsolutePath;
        var history = await customer.GetPageAsync("/account/orders");
        history.QuerySelector($"a[href='{orderPath}']")!.TextContent.ShouldBe("#1001");
        (await customer.GetPageAsync("/account")).QuerySelector("a[href='/account/orders']").ShouldNotBeNull();
        using var other = ShopperSession.Open(Host, shop.Host);
        await RegisterAsync(other, "other@example.com");
        (await other.Client.GetAsync(orderPath, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_guest_order_page_with_a_wrong_token_is_not_found()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);
        var placed = await browser.CheckOutAsync("guest@example.com", PaidCard);

        var wrong = await browser.Client.GetAsync(placed.RequestMessage!.RequestUri!.AbsolutePath + "?token=not-the-token", Ct);

        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Placing_an_order_without_the_antiforgery_token_is_refused()
    {
        var (shop, product) = await CreateCheckoutShopAsync();
        using var _ = shop;
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.AddToCartAsync(product.Handle);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(CheckoutBrowser.UsAddress) { ["Email"] = "x@example.com" });

        var response = await browser.Client.PostAsync("/checkout/place", content, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OrdersOfAsync(shop)).ShouldBeEmpty();
    }

    private static Task<HttpResponseMessage> RegisterAsync(ShopperSession browser, string email) =>
        browser.SubmitAsync("/account/register", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.Name"] = "Ada Shopper" });
}
