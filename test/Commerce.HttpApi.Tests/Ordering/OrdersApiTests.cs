using System.Net;
using System.Net.Http.Json;
using Commerce.Application.Dtos;
using Commerce.Ordering;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Ordering;

public sealed class OrdersApiTests(TestHost host) : HttpTestBase(host)
{
    private const string OrdersUrl = "/api/ordering/orders";

    [Fact]
    public async Task Order_endpoints_answer_401_without_a_token_and_403_on_the_host()
    {
        using var anonymous = Host.Factory.CreateClient();

        (await anonymous.GetAsync(OrdersUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Client.GetAsync(OrdersUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_order_placed_through_the_storefront_api_is_found_by_number_and_a_reused_key_answers_422()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var shop = await StorefrontShop.ArrangeAsync(owner, Json, Ct);

        var placed = await PlaceAsync(owner, shop, "key-1", 2);
        var replay = await PlaceAsync(owner, shop, "key-1", 2);
        var reused = await PlaceAsync(owner, shop, "key-1", 1);
        var keyless = await owner.PostAsJsonAsync($"/api/storefront/stores/{shop.StoreId}/orders", Order(shop, 1), Json, Ct);

        placed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = (await placed.Content.ReadFromJsonAsync<PlaceOrderResultDto>(Json, Ct))!;
        result.Number.ShouldBe("#1001");
        (await replay.Content.ReadFromJsonAsync<PlaceOrderResultDto>(Json, Ct))!.OrderId.ShouldBe(result.OrderId);
        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadProblemAsync(reused)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Ordering.IdempotencyKeyReused);
        keyless.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var list = await owner.GetFromJsonAsync<PagedResultDto<OrderListItemDto>>($"{OrdersUrl}?text=1001", Json, Ct);
        list!.Items.Single().Id.ShouldBe(result.OrderId);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_its_code_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var shop = await StorefrontShop.ArrangeAsync(owner, Json, Ct);

        var tooMany = await PlaceAsync(owner, shop, "too-many", 5);
        var badAddress = await owner.PostAsJsonAsync($"/api/storefront/stores/{shop.StoreId}/orders",
            Order(shop, 1) with { ShippingAddress = new AddressDto { Name = "X", Line1 = "Y", City = "Z", CountryCode = "usa" } }, Json, Ct);

        tooMany.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(tooMany)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Inventory.InsufficientStock);
        badAddress.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.GetFromJsonAsync<PagedResultDto<OrderListItemDto>>(OrdersUrl, Json, Ct))!.TotalCount.ShouldBe(0);
        var placed = (await (await PlaceAsync(owner, shop, "ok", 1)).Content.ReadFromJsonAsync<PlaceOrderResultDto>(Json, Ct))!;
        var noLines = await owner.PostAsJsonAsync($"{OrdersUrl}/{placed.OrderId}/shipments", new CreateShipmentDto(), Json, Ct);
        noLines.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.GetFromJsonAsync<OrderDto>($"{OrdersUrl}/{placed.OrderId}", Json, Ct))!.Shipments.ShouldBeEmpty();
    }

    private static async Task<HttpResponseMessage> PlaceAsync(HttpClient client, StorefrontShop shop, string key, int quantity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/stores/{shop.StoreId}/orders")
        {
            Content = JsonContent.Create(Order(shop, quantity), options: Json),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    private static PlaceOrderDto Order(StorefrontShop shop, int quantity) => new()
    {
        Email = "buyer@example.test", Lines = [new CheckoutLineDto { VariantId = shop.VariantId, Quantity = quantity }],
        ShippingAddress = new AddressDto { Name = "Buyer", Line1 = "1 Main St", City = "Springfield", CountryCode = "US" },
        ShippingMethodId = shop.ShippingId, PaymentMethodId = shop.PaymentId,
    };
}
