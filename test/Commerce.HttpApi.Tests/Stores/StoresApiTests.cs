using System.Net;
using System.Net.Http.Json;
using Commerce.Stores;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Stores;

public sealed class StoresApiTests(TestHost host) : HttpTestBase(host)
{
    private const string StoresUrl = "/api/stores";

    [Fact]
    public async Task Creating_a_store_answers_201_with_its_location_and_default_domain()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var slug = NewSlug("shop");

        var response = await owner.PostAsJsonAsync(StoresUrl, StoreInput.Create(slug), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var store = (await response.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
        response.Headers.Location!.AbsolutePath.ShouldBe($"{StoresUrl}/{store.Id}");
        store.DefaultDomain.ShouldBe($"{slug}.localhost");
        store.Theme.Banners.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_currency_answers_400_with_its_code_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(StoresUrl, StoreInput.Create(currency: "XXQ"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Stores.InvalidCurrency);
        (await owner.GetFromJsonAsync<List<StoreDto>>(StoresUrl, Json, Ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_malformed_theme_color_answers_400_naming_the_field()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var store = await CreateAsync(owner);

        var response = await owner.PutAsJsonAsync($"{StoresUrl}/{store.Id}",
            StoreInput.Update(store) with { Theme = store.Theme with { PrimaryColor = "blue" } }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("errors").TryGetProperty("Theme.PrimaryColor", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_taken_slug_and_a_stale_version_answer_409()
    {
        using var first = await OwnerOfNewTenantAsync();
        using var second = await OwnerOfNewTenantAsync();
        var store = await CreateAsync(first);

        var taken = await second.PostAsJsonAsync(StoresUrl, StoreInput.Create(store.Slug), Ct);
        await first.PutAsJsonAsync($"{StoresUrl}/{store.Id}", StoreInput.Update(store) with { Name = "Renamed" }, Json, Ct);
        var stale = await first.PutAsJsonAsync($"{StoresUrl}/{store.Id}", StoreInput.Update(store), Json, Ct);

        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(taken)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Stores.DuplicateStoreSlug);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(stale)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.StaleVersion);
    }

    [Fact]
    public async Task Another_tenant_s_store_and_its_methods_answer_404()
    {
        using var first = await OwnerOfNewTenantAsync();
        using var second = await OwnerOfNewTenantAsync();
        var store = await CreateAsync(first);

        (await second.GetAsync($"{StoresUrl}/{store.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.GetAsync($"{StoresUrl}/{store.Id}/shipping-methods", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.DeleteAsync($"{StoresUrl}/{store.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Shipping_rates_that_do_not_fit_the_type_answer_400_and_add_no_method()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var store = await CreateAsync(owner);
        var url = $"{StoresUrl}/{store.Id}/shipping-methods";

        var response = await owner.PostAsJsonAsync(url, new CreateShippingMethodDto { Type = ShippingMethodType.FreeAbove, Name = "Free", Price = 5m }, Json, Ct);
        var negative = await owner.PostAsJsonAsync(url, new { type = "FlatRate", name = "Neg", price = -1 }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Stores.InvalidShippingRates);
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.GetFromJsonAsync<List<ShippingMethodDto>>(url, Json, Ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task Payment_secrets_are_accepted_but_never_returned()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var store = await CreateAsync(owner);

        var response = await owner.PostAsJsonAsync($"{StoresUrl}/{store.Id}/payment-methods", new
        {
            provider = "stripe", displayName = "Card",
            settings = new Dictionary<string, string> { ["publishableKey"] = "pk_test_9", ["secretKey"] = "sk_test_9", ["webhookSecret"] = "whsec_9" },
        }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain("sk_test_9");
        body.ShouldNotContain("whsec_9");
        body.ShouldContain("pk_test_9");
    }

    private static async Task<StoreDto> CreateAsync(HttpClient owner)
    {
        var response = await owner.PostAsJsonAsync(StoresUrl, StoreInput.Create(), Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
    }
}
