using Commerce.Catalog.Products;
using Commerce.Inventory;
using Commerce.Ordering;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.TestBase.Ordering;

/// <summary>
/// A tenant with a USD store ready for checkout: a two-color product (20.00 each) published to it with stock, flat
/// rate shipping (5.00) to the US, and a manual and a test-gateway payment method.
/// </summary>
public sealed record CheckoutShop(StoreTenant Tenant, StoreDto Store, Guid RedVariantId, Guid BlueVariantId, Guid ShippingMethodId, Guid ManualMethodId, Guid CardMethodId)
{
    public const string CapturedCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";
    public const string ErrorCard = "4000000000000119";
    public const string WebhookCard = "4000000000003220";

    public static async Task<CheckoutShop> CreateAsync(CommerceTestServices services, int stock, CancellationToken ct, StoreTaxSettingsDto? tax = null)
    {
        var tenant = await StoreTenant.CreateAsync(services, false, 1, ct);
        var store = await tenant.AsOwnerAsync(services, (IStoreAppService s) => s.CreateAsync(StoreInput.Create(currency: "USD"), ct));
        if (tax is not null)
            store = await tenant.AsOwnerAsync(services, (IStoreAppService s) => s.UpdateAsync(store.Id, StoreInput.Update(store) with { Tax = tax }, ct));
        var shipping = await tenant.AsOwnerAsync(services, (IShippingMethodAppService s) => s.CreateAsync(store.Id, new CreateShippingMethodDto
        {
            Type = ShippingMethodType.FlatRate, Name = "Standard", Price = 5m, Destinations = [new ShippingDestinationDto { CountryCode = "US" }],
        }, ct));
        var manual = await tenant.AsOwnerAsync(services, (IPaymentMethodAppService s) =>
            s.CreateAsync(store.Id, new CreatePaymentMethodDto { Provider = PaymentProviderDefinitions.Manual, DisplayName = "Bank transfer" }, ct));
        var card = await tenant.AsOwnerAsync(services, (IPaymentMethodAppService s) =>
            s.CreateAsync(store.Id, new CreatePaymentMethodDto { Provider = PaymentProviderDefinitions.TestGateway, DisplayName = "Card", Position = 1 }, ct));
        var product = await tenant.AsOwnerAsync(services, (IProductAppService s) =>
            s.CreateAsync(ProductInput.WithColors("Red", "Blue") with { StoreIds = [store.Id], Price = 20m, WeightGrams = 300 }, ct));
        await tenant.AsOwnerAsync(services, (IProductAppService s) => s.ActivateAsync(product.Id, ct));
        foreach (var variant in product.Variants)
            await tenant.AsOwnerAsync(services, (IStockAppService s) => s.ChangeAsync(variant.Id, new ChangeStockDto { Quantity = stock, Reason = StockMovementReason.Received }, ct));
        return new CheckoutShop(tenant, store, product.Variants[0].Id, product.Variants[1].Id, shipping.Id, manual.Id, card.Id);
    }

    public static AddressDto Address(string country = "US") => new()
    {
        Name = "Ada Shopper", Line1 = "1 Main Street", City = "Springfield", Region = "IL", PostalCode = "62701", CountryCode = country,
    };

    /// <summary>An order of the red variant paid by card (or by bank transfer when no card is given).</summary>
    public PlaceOrderDto Order(int quantity = 1, string? card = CapturedCard) => new()
    {
        Email = "ada@example.test",
        Lines = [new CheckoutLineDto { VariantId = RedVariantId, Quantity = quantity }],
        ShippingAddress = Address(),
        ShippingMethodId = ShippingMethodId,
        PaymentMethodId = card is null ? ManualMethodId : CardMethodId,
        Payment = card is null ? null : new Payments.PaymentDetailsDto { CardNumber = card, CardExpiry = "12/30", CardCvc = "123" },
    };

    /// <summary>Runs the action as an anonymous shopper of the tenant, in a scope of its own.</summary>
    public async Task<T> AsShopperAsync<T>(CommerceTestServices services, Func<ICheckoutAppService, Task<T>> action)
    {
        using var scope = services.AsTenant(Tenant.Tenant.Id);
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<ICheckoutAppService>()));
    }

    /// <summary>Runs the action in the tenant with any service (repositories included), as a job would.</summary>
    public async Task<T> InTenantAsync<T>(CommerceTestServices services, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = services.AsTenant(Tenant.Tenant.Id);
        return await services.InScopeAsync(action);
    }

    /// <summary>The order's payments as Payments records them.</summary>
    public Task<IReadOnlyList<Payments.PaymentDto>> PaymentsAsync(CommerceTestServices services, Guid orderId) =>
        InTenantAsync(services, sp => sp.GetRequiredService<Payments.IOrderPaymentService>().GetListByOrderAsync(orderId, CancellationToken.None));
}
