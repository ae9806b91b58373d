using System.Net;
using Commerce.Customers;
using AngleSharp.Html.Parser;
using Commerce.MultiTenancy;
using Commerce.TestBase.Http;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.Web.Public.Customers;

public sealed class CustomerAccountPageTests(TestHost host) : StorefrontTestBase(host)
{
    private const string Password = "Shopper-Password-1";

    [Fact]
    public async Task A_shopper_registers_is_signed_in_and_signs_out_with_a_post()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);

        var registered = await RegisterAsync(browser, "ada@example.com");

        registered.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account");
        (await ShopperSession.ParseAsync(registered)).QuerySelector("[data-email]")!.TextContent.ShouldBe("ada@example.com");
        (await browser.SubmitAsync("/account", new Dictionary<string, string>(), "/account/sign-out")).EnsureSuccessStatusCode();
        var after = await browser.Client.GetAsync("/account", Ct);
        after.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task Registering_a_taken_email_in_any_case_shows_the_reason_and_creates_nothing()
    {
        using var shop = await CreateShopAsync();
        using var first = ShopperSession.Open(Host, shop.Host);
        using var second = ShopperSession.Open(Host, shop.Host);
        await RegisterAsync(first, "grace@example.com");

        var again = await RegisterAsync(second, "GRACE@example.com");

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ShopperSession.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("exists already");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.com", ["Password"] = Password });

        var response = await browser.Client.PostAsync("/account/sign-in", content, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);
        await RegisterAsync(browser, "lin@example.com");
        using var other = ShopperSession.Open(Host, shop.Host);

        for (var i = 0; i < 5; i++)
            await SignInAsync(other, "lin@example.com", "wrong-password-123");
        var locked = await SignInAsync(other, "lin@example.com", Password);

        (await ShopperSession.ParseAsync(locked)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("locked");
        locked.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task A_cookie_from_one_tenants_store_is_not_honoured_on_another_tenants_store()
    {
        using var shop = await CreateShopAsync();
        using var other = await CreateShopAsync();
        using var raw = Host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await raw.GetAsync($"http://{shop.Host}/account/register", Ct);
        var antiforgery = form.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync(Ct))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, $"http://{shop.Host}/account/register")
        {
            Headers = { { "Cookie", antiforgery } },
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Name"] = "Mia", ["Input.Email"] = "mia@example.com", ["Input.Password"] = Password,
            }),
        };
        var registered = await raw.SendAsync(post, Ct);
        var session = registered.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StorefrontCookies.Customer, StringComparison.Ordinal)).Split(';')[0];

        (await GetWithCookieAsync(raw, $"http://{shop.Host}/account", session)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var elsewhere = await GetWithCookieAsync(raw, $"http://{other.Host}/account", session);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        elsewhere.Headers.Location!.OriginalString.ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task A_forgotten_password_raises_an_event_without_a_token_and_a_valid_token_resets_it()
    {
        using var shop = await CreateShopAsync();
        using var browser = ShopperSession.Open(Host, shop.Host);
        await RegisterAsync(browser, "noor@example.com");
        using var anonymous = ShopperSession.Open(Host, shop.Host);

        var sent = await anonymous.SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = "noor@example.com" });

        (await ShopperSession.ParseAsync(sent)).QuerySelector("[role=status]").ShouldNotBeNull();
        var payload = await OutboxPayloadAsync(typeof(CustomerPasswordResetRequested).FullName!);
        payload.ShouldContain(shop.Host);
        payload.ShouldNotContain("token", Case.Insensitive);
        var (customerId, token) = await ResetTokenAsync(shop, "noor@example.com");
        var reset = await anonymous.SubmitAsync($"/account/password/reset?id={customerId}&token={Uri.EscapeDataString(token)}",
            new Dictionary<string, string> { ["Password"] = "A-brand-new-password" });
        (await ShopperSession.ParseAsync(reset)).QuerySelector("[role=status]")!.TextContent.ShouldContain("changed");
        (await SignInAsync(anonymous, "noor@example.com", "A-brand-new-password")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account");
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_signed_in_before_it()
    {
        using var shop = await CreateShopAsync();
        using var earlier = ShopperSession.Open(Host, shop.Host);
        await RegisterAsync(earlier, "sam@example.com");
        (await earlier.Client.GetAsync("/account", Ct)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account");
        using var anonymous = ShopperSession.Open(Host, shop.Host);

        var (customerId, token) = await ResetTokenAsync(shop, "sam@example.com");
        await anonymous.SubmitAsync($"/account/password/reset?id={customerId}&token={Uri.EscapeDataString(token)}",
            new Dictionary<string, string> { ["Password"] = "A-brand-new-password" });

        (await earlier.Client.GetAsync("/account", Ct)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/sign-in");
        (await SignInAsync(anonymous, "sam@example.com", "A-brand-new-password")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account");
        (await anonymous.Client.GetAsync("/account/orders", Ct)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/orders");
    }

    private static Task<HttpResponseMessage> RegisterAsync(ShopperSession browser, string email) =>
        browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Name"] = "A Shopper", ["Input.Email"] = email, ["Input.Password"] = Password,
        });

    private static Task<HttpResponseMessage> SignInAsync(ShopperSession browser, string email, string password) =>
        browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Cookie", cookie } } };
        return await client.SendAsync(request, Ct);
    }

    private async Task<string> OutboxPayloadAsync(string eventName)
    {
        await using var connection = new NpgsqlConnection(Host.Database.ApplicationConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT payload FROM kernel.outbox_messages WHERE event_name = @name ORDER BY occurred_at DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("name", eventName);
        return (string)(await command.ExecuteScalarAsync(Ct))!;
    }

    private async Task<(Guid CustomerId, string Token)> ResetTokenAsync(TestShop shop, string email)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(shop.Tenant.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Customer>>();
        var customer = (await users.FindByEmailAsync(email))!;
        return (customer.Id, await users.GeneratePasswordResetTokenAsync(customer));
    }
}
