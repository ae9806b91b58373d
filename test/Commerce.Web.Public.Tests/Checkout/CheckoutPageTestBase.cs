using System.Net.Http.Json;
using Commerce.Application.Dtos;
using Commerce.Catalog.Products;
using Commerce.Ordering;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Checkout;

/// <summary>A store ready for checkout, arranged through the API: a mug at 20.00 with stock, 5.00 shipping to the US, a bank transfer and a card method.</summary>
public abstract class CheckoutPageTestBase(TestHost host) : StorefrontTestBase(host)
{
    protected const string PaidCard = "4242424242424242";
    protected const string DeclinedCard = "4000000000000002";

    protected async Task<(TestShop Shop, ProductDto Product)> CreateCheckoutShopAsync(int stock = 5)
    {
        var shop = await CreateShopAsync();
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red", "Blue") with { Price = 20m }, stock);
        await PostAsync(shop, $"/api/stores/{shop.Store.Id}/shipping-methods", new CreateShippingMethodDto
        {
            Type = ShippingMethodType.FlatRate, Name = "Standard", Price = 5m, Destinations = [new ShippingDestinationDto { CountryCode = "US" }],
        });
        await PostAsync(shop, $"/api/stores/{shop.Store.Id}/payment-methods",
            new CreatePaymentMethodDto { Provider = "manual", DisplayName = "Bank transfer", Instructions = "Pay to IBAN XX00 1234." });
        await PostAsync(shop, $"/api/stores/{shop.Store.Id}/payment-methods", new CreatePaymentMethodDto { Provider = "test-gateway", DisplayName = "Card", Position = 1 });
        return (shop, product);
    }

    protected static async Task<IReadOnlyList<OrderListItemDto>> OrdersOfAsync(TestShop shop) =>
        (await shop.Owner.GetFromJsonAsync<PagedResultDto<OrderListItemDto>>("/api/ordering/orders", Json, Ct))!.Items;

    private static async Task PostAsync<T>(TestShop shop, string url, T body) =>
        (await shop.Owner.PostAsJsonAsync(url, body, Json, Ct)).EnsureSuccessStatusCode();
}
