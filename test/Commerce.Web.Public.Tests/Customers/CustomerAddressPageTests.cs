using System.Net;
using Commerce.TestBase.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Web.Public.Customers;

public sealed class CustomerAddressPageTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task A_customer_adds_edits_defaults_and_deletes_addresses()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ada", ["Input.Email"] = "ada@example.com", ["Input.Password"] = "Shopper-Password-1",
        });

        await AddAsync(browser, "Home", "1 Main St");
        await AddAsync(browser, "Work", "2 Office Rd");
        var page = await browser.GetPageAsync("/account/addresses");
        var work = page.QuerySelectorAll("[data-address]").Single(a => a.TextContent.Contains("Work", StringComparison.Ordinal));
        page.QuerySelectorAll("[data-address]")[0].TextContent.ShouldContain("Home");
        page.QuerySelectorAll("[data-address]")[0].TextContent.ShouldContain("Default address");

        var id = work.GetAttribute("data-address")!;
        await browser.SubmitAsync($"/account/addresses/{id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Work", ["Input.Line1"] = "3 New Rd", ["Input.City"] = "Springfield", ["Input.PostalCode"] = "12345", ["Input.CountryCode"] = "us",
        });
        await browser.SubmitAsync("/account/addresses", new Dictionary<string, string>(), $"/account/addresses?id={id}&handler=Default");
        page = await browser.GetPageAsync("/account/addresses");
        var first = page.QuerySelectorAll("[data-address]")[0];
        first.GetAttribute("data-address").ShouldBe(id);
        first.TextContent.ShouldContain("3 New Rd");
        first.TextContent.ShouldContain("US");

        await browser.SubmitAsync("/account/addresses", new Dictionary<string, string>(), $"/account/addresses?id={id}&handler=Delete");
        page = await browser.GetPageAsync("/account/addresses");
        page.QuerySelectorAll("[data-address]").Select(a => a.TextContent.Contains("Default address", StringComparison.Ordinal)).ShouldBe([true]);
    }

    [Fact]
    public async Task An_address_with_a_bad_country_is_refused_with_the_form_and_nothing_is_saved()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ada", ["Input.Email"] = "ada@example.com", ["Input.Password"] = "Shopper-Password-1",
        });

        var response = await AddAsync(browser, "Home", "1 Main St", country: "USA");

        (await ShopperSession.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        (await browser.GetPageAsync("/account/addresses")).QuerySelectorAll("[data-address]").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_address_book_sends_anonymous_shoppers_to_sign_in()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);

        var response = await browser.Client.GetAsync("/account/addresses", Ct);

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task Storefront_sign_in_is_rate_limited_per_address()
    {
        using var shop = await CreateShopAsync();
        await using var limited = Host.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:SignInPerMinute", "2"));
        using var browser = new ShopperSession(limited.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{shop.Host}") }));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await browser.Client.GetAsync("/account/sign-in", Ct)).StatusCode);

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }

    private static Task<HttpResponseMessage> AddAsync(ShopperSession browser, string name, string line1, string country = "US") =>
        browser.SubmitAsync("/account/addresses", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Line1"] = line1, ["Input.City"] = "Springfield", ["Input.PostalCode"] = "12345", ["Input.CountryCode"] = country,
        }, "/account/addresses?handler=Add");
}
