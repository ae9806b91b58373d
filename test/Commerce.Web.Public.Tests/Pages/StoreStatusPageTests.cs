using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Pages;

public sealed class StoreStatusPageTests(TestHost host) : IClassFixture<TestHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_suspended_store_shows_shoppers_a_clear_unavailable_page()
    {
        using var admin = host.CreateClient(host.AdminToken);
        var input = TenantInput.Create("Closed Cafe");
        var tenant = await (await admin.PostAsJsonAsync("/api/host/multi-tenancy/tenants", input, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        (await admin.PostAsJsonAsync($"/api/host/multi-tenancy/tenants/{tenant.GetProperty("id")}/suspend", new { reason = "Unpaid" }, Ct)).EnsureSuccessStatusCode();

        var response = await BrowseAsync($"{input.Slug}.localhost");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        page.QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe(["Closed Cafe is unavailable"]);
        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
    }

    [Fact]
    public async Task An_address_that_names_no_store_shows_a_plain_not_found_page()
    {
        var response = await BrowseAsync("no-such-store.localhost");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct)).QuerySelector("h1")!.TextContent.ShouldBe("There is no store here");
    }

    private async Task<HttpResponseMessage> BrowseAsync(string hostName)
    {
        using var browser = host.CreateClient(accessToken: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = hostName } };
        request.Headers.Accept.ParseAdd("text/html");
        return await browser.SendAsync(request, Ct);
    }
}
