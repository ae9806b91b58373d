using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public;

/// <summary>The whole host on the class's own database; stores are arranged through the API as their owners do.</summary>
public abstract class StorefrontTestBase(TestHost host) : IClassFixture<TestHost>
{
    protected const string TenantsUrl = "/api/host/multi-tenancy/tenants";

    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected TestHost Host => host;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid():N}"[..24];

    /// <summary>A new tenant on the seeded Standard plan, and a client signed in as its owner.</summary>
    protected async Task<(TenantDto Tenant, HttpClient Owner)> OwnerOfNewTenantAsync()
    {
        using var admin = host.CreateClient(host.AdminToken);
        var editions = await admin.GetFromJsonAsync<List<EditionDto>>("/api/host/features/editions", Json, Ct);
        var input = TenantInput.Create(editionId: editions!.Single(e => e.Name == EditionDataSeedContributor.Standard).Id);
        var response = await admin.PostAsJsonAsync(TenantsUrl, input, Ct);
        response.EnsureSuccessStatusCode();
        var tenant = (await response.Content.ReadFromJsonAsync<TenantDto>(Json, Ct))!;
        return (tenant, host.CreateClient(await host.SignInAsync(input.Slug, input.OwnerEmail, input.OwnerPassword)));
    }

    /// <summary>A new tenant with one store in the given locale and currency.</summary>
    protected async Task<TestShop> CreateShopAsync(string name = "Harbour Goods", string locale = "en-US", string currency = "USD")
    {
        var (tenant, owner) = await OwnerOfNewTenantAsync();
        var store = await CreateStoreAsync(owner, StoreInput.Create(NewSlug("shop"), currency) with { Name = name, DefaultLocale = locale });
        return new TestShop(tenant, owner, store);
    }

    protected static async Task<StoreDto> CreateStoreAsync(HttpClient owner, CreateStoreDto input)
    {
        var response = await owner.PostAsJsonAsync("/api/stores", input, Json, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
    }

    protected static async Task<StoreDto> UpdateStoreAsync(HttpClient owner, StoreDto store, Func<UpdateStoreDto, UpdateStoreDto> change)
    {
        var response = await owner.PutAsJsonAsync($"/api/stores/{store.Id}", change(StoreInput.Update(store)), Json, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
    }

    /// <summary>A browser's GET of a page on the given host.</summary>
    protected async Task<HttpResponseMessage> BrowseAsync(string hostName, string path = "/")
    {
        using var browser = host.CreateClient(accessToken: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = hostName } };
        request.Headers.Accept.ParseAdd("text/html");
        return await browser.SendAsync(request, Ct);
    }

    protected static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
}
