using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Stores;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Pages;

public sealed class StoreStatusPageTests(TestHost host) : StorefrontTestBase(host)
{
    [Fact]
    public async Task A_store_answers_on_its_slug_host_at_once_after_it_is_created()
    {
        var (_, owner) = await OwnerOfNewTenantAsync();
        var slug = NewSlug("shop");
        (await BrowseAsync($"{slug}.localhost")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await CreateStoreAsync(owner, StoreInput.Create(slug) with { Name = "Harbour Books" });

        var response = await BrowseAsync($"{slug}.localhost");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ParseAsync(response)).QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).ShouldBe(["Harbour Books"]);
    }

    [Fact]
    public async Task A_store_answers_on_its_custom_domain_and_stops_when_the_domain_is_removed()
    {
        var (_, owner) = await OwnerOfNewTenantAsync();
        var domain = $"{NewSlug("shop")}.example.org";
        var store = await CreateStoreAsync(owner, StoreInput.Create() with { Name = "Tea House" });
        store = await UpdateStoreAsync(owner, store, s => s with { Domains = [domain] });

        var response = await BrowseAsync(domain);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim().ShouldBe("Tea House");

        await UpdateStoreAsync(owner, store, s => s with { Domains = [] });
        (await BrowseAsync(domain)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_closed_store_shows_shoppers_the_unavailable_page_and_opens_again_at_once()
    {
        var (_, owner) = await OwnerOfNewTenantAsync();
        var slug = NewSlug("shop");
        var store = await CreateStoreAsync(owner, StoreInput.Create(slug) with { Name = "Night Market", DefaultLocale = "en-US" });
        (await BrowseAsync($"{slug}.localhost")).StatusCode.ShouldBe(HttpStatusCode.OK);

        store = await UpdateStoreAsync(owner, store, s => s with { Status = StoreStatus.Closed });

        var closed = await BrowseAsync($"{slug}.localhost");
        closed.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ParseAsync(closed)).QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe(["Night Market is unavailable"]);
        await UpdateStoreAsync(owner, store, s => s with { Status = StoreStatus.Open });
        (await BrowseAsync($"{slug}.localhost")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_suspended_tenant_shows_shoppers_a_clear_unavailable_page()
    {
        using var admin = Host.CreateClient(Host.AdminToken);
        var input = TenantInput.Create("Closed Cafe");
        var tenant = await (await admin.PostAsJsonAsync(TenantsUrl, input, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        (await admin.PostAsJsonAsync($"{TenantsUrl}/{tenant.GetProperty("id")}/suspend", new { reason = "Unpaid" }, Ct)).EnsureSuccessStatusCode();

        var response = await BrowseAsync($"{input.Slug}.localhost");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var page = await ParseAsync(response);
        page.QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe(["Closed Cafe is unavailable"]);
        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
    }

    [Fact]
    public async Task The_store_of_a_suspended_tenant_shows_the_unavailable_page()
    {
        var (tenant, owner) = await OwnerOfNewTenantAsync();
        var slug = NewSlug("shop");
        await CreateStoreAsync(owner, StoreInput.Create(slug));
        using var admin = Host.CreateClient(Host.AdminToken);
        (await admin.PostAsJsonAsync($"{TenantsUrl}/{tenant.Id}/suspend", new { reason = "Unpaid" }, Ct)).EnsureSuccessStatusCode();

        (await BrowseAsync($"{slug}.localhost")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task A_page_the_store_does_not_have_says_so_and_leads_home()
    {
        using var shop = await CreateShopAsync("Harbour Goods", "en-US");

        var response = await BrowseAsync(shop.Host, "/p/no-such-mug");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await ParseAsync(response);
        page.QuerySelector("h1")!.TextContent.ShouldBe("This page does not exist");
        page.QuerySelector("a[href='/']")!.TextContent.ShouldBe("Go to the home page of Harbour Goods");
    }

    [Theory]
    [InlineData("no-such-store.localhost")]
    [InlineData("shop.nowhere.example.org")]
    public async Task An_address_that_names_no_store_shows_a_plain_not_found_page(string hostName)
    {
        var response = await BrowseAsync(hostName);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("There is no store here");
    }

    [Fact]
    public async Task A_store_page_on_the_platform_address_is_not_found()
    {
        (await BrowseAsync("localhost", "/search?q=mug")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
