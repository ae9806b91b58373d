using System.Net;
using System.Net.Http.Json;
using Commerce.Ordering.Carts;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Ordering;

public sealed class StorefrontCartApiTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task The_first_addition_returns_a_cart_token_that_reaches_the_cart_and_bad_quantities_answer_400()
    {
        using var shopper = await OwnerOfNewTenantAsync();
        var shop = await StorefrontShop.ArrangeAsync(shopper, Json, Ct);
        var url = $"/api/storefront/stores/{shop.StoreId}/cart";

        var added = await shopper.PostAsJsonAsync($"{url}/lines", new SetCartLineDto { VariantId = shop.VariantId, Quantity = 2 }, Json, Ct);
        var token = (await added.Content.ReadFromJsonAsync<CartDto>(Json, Ct))!.VisitorToken!;
        using var withToken = new HttpRequestMessage(HttpMethod.Get, url);
        withToken.Headers.Add("X-Cart-Token", token);
        var cart = (await (await shopper.SendAsync(withToken, Ct)).Content.ReadFromJsonAsync<CartDto>(Json, Ct))!;
        var tooMany = await shopper.PostAsJsonAsync($"{url}/lines", new SetCartLineDto { VariantId = shop.VariantId, Quantity = 100 }, Json, Ct);
        var beyondStock = await shopper.PostAsJsonAsync($"{url}/lines", new SetCartLineDto { VariantId = shop.VariantId, Quantity = 4 }, Json, Ct);

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        cart.Lines.Single().Quantity.ShouldBe(2);
        cart.Subtotal.ShouldBe(50m);
        (await shopper.GetFromJsonAsync<CartDto>(url, Json, Ct))!.Lines.ShouldBeEmpty();
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        beyondStock.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(beyondStock)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Ordering.InsufficientStock);
    }

    [Fact]
    public async Task Without_a_tenant_the_store_is_not_found()
    {
        using var shopper = await OwnerOfNewTenantAsync();
        var shop = await StorefrontShop.ArrangeAsync(shopper, Json, Ct);
        using var anonymous = Host.Factory.CreateClient();

        (await anonymous.GetAsync($"/api/storefront/stores/{shop.StoreId}/cart", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/storefront/stores/{shop.StoreId}/payment-options", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
