using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Catalog.Products;
using Commerce.Inventory;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase.Builders;

namespace Commerce.HttpApi.Ordering;

/// <summary>A USD store made through the API: a published product with 3 in stock, flat-rate shipping, bank transfer.</summary>
internal sealed record StorefrontShop(Guid StoreId, Guid VariantId, Guid ShippingId, Guid PaymentId)
{
    public static async Task<StorefrontShop> ArrangeAsync(HttpClient owner, JsonSerializerOptions json, CancellationToken ct)
    {
        var store = await PostAsync<StoreDto>(owner, "/api/stores", StoreInput.Create(currency: "USD"), json, ct);
        var shipping = await PostAsync<ShippingMethodDto>(owner, $"/api/stores/{store.Id}/shipping-methods",
            new CreateShippingMethodDto { Type = ShippingMethodType.FlatRate, Name = "Standard", Price = 5m }, json, ct);
        var payment = await PostAsync<PaymentMethodDto>(owner, $"/api/stores/{store.Id}/payment-methods",
            new CreatePaymentMethodDto { Provider = PaymentProviderDefinitions.Manual, DisplayName = "Bank transfer" }, json, ct);
        var product = await PostAsync<ProductDto>(owner, "/api/catalog/products", ProductInput.Create("Api Tee") with { StoreIds = [store.Id] }, json, ct);
        await PostAsync<ProductDto>(owner, $"/api/catalog/products/{product.Id}/activate", new { }, json, ct);
        await PostAsync<StockItemDto>(owner, $"/api/inventory/stock/{product.Variants[0].Id}/changes",
            new ChangeStockDto { Quantity = 3, Reason = StockMovementReason.Received }, json, ct);
        return new StorefrontShop(store.Id, product.Variants[0].Id, shipping.Id, payment.Id);
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string url, object body, JsonSerializerOptions json, CancellationToken ct)
    {
        var response = await client.PostAsync(url, JsonContent.Create(body, body.GetType(), options: json), ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {await response.Content.ReadAsStringAsync(ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(json, ct))!;
    }
}
