using Commerce.Catalog.Storefront;
using Commerce.Ordering;
using Commerce.Payments;
using Commerce.Stores.PaymentMethods;
using Commerce.Web.Public.Theming;

namespace Commerce.Web.Public.Pages.Store.Orders;

/// <summary>
/// An order as its page shows it, with the store's payment method it was placed with (for its instructions) and its
/// lines' pictures by variant id.
/// </summary>
public sealed record OrderView(CustomerOrderDto Order, PaymentOptionDto? PaymentMethod, IReadOnlyDictionary<Guid, StorefrontImageDto> Images)
{
    public bool IsManualPayment => PaymentMethod?.Provider == PaymentProviderDefinitions.Manual;

    /// <summary>A provider's payment still being confirmed (a webhook will settle it): the page reloads itself until then.</summary>
    public bool AwaitsConfirmation => Order.PaymentStatus == PaymentStatus.Pending && Order.Status != OrderStatus.Cancelled && !IsManualPayment;

    /// <summary>The order's method is matched by name: the order keeps the name it was placed with, not the method.</summary>
    public static async Task<OrderView> CreateAsync(CustomerOrderDto order, ICheckoutAppService checkout, IStorefrontCatalogAppService catalog, CancellationToken ct)
    {
        var options = await checkout.GetPaymentOptionsAsync(order.StoreId, ct);
        var images = await LineImages.ForOrderAsync(catalog, order, ct);
        return new OrderView(order, options.FirstOrDefault(o => o.DisplayName == order.PaymentMethodName), images);
    }
}
