using Commerce.Ordering.Pricing;
using Commerce.Policies;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;

namespace Commerce.Ordering;

/// <summary>
/// The shopper's checkout: no staff permission, but only stores of the current tenant (another tenant's is 404).
/// Every check runs before anything is written; placement is <see cref="OrderPlacement"/>'s.
/// </summary>
internal sealed class CheckoutAppService(
    IStoreRepository stores, IShippingMethodRepository shippingMethods, IPaymentMethodRepository paymentMethods, IPolicyChecker policies,
    IOrderRepository orders, CheckoutCatalog catalog, OrderPlacement placement, IGuestOrderLinks guestLinks)
    : ICheckoutAppService
{
    public async Task<IReadOnlyList<ShippingOptionDto>> GetShippingOptionsAsync(Guid storeId, CheckoutQuoteDto input, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        var lines = CheckoutCatalog.PriceLines(await catalog.GetItemsAsync(store, input.Lines, ct));
        var (country, region) = Destination(input);
        return [.. (await shippingMethods.GetListAsync(storeId, ct))
            .Select(m => (Method: m, Price: OrderPricing.QuoteShipping(store, lines, m, country, region)))
            .Where(q => q.Price is not null)
            .OrderBy(q => q.Price).ThenBy(q => q.Method.Name, StringComparer.Ordinal)
            .Select(q => new ShippingOptionDto { Id = q.Method.Id, Name = q.Method.Name, Description = q.Method.Description, Price = q.Price!.Value })];
    }

    public async Task<IReadOnlyList<PaymentOptionDto>> GetPaymentOptionsAsync(Guid storeId, CancellationToken ct)
    {
        await stores.GetAsync(storeId, ct);
        var allowed = await policies.GetListAsync(CommercePolicies.AllowedPaymentMethods, ct);
        return [.. (await paymentMethods.GetListAsync(storeId, ct))
            .Where(m => m.IsEnabled && allowed.Contains(m.Provider, StringComparer.Ordinal))
            .OrderBy(m => m.Position).ThenBy(m => m.DisplayName, StringComparer.Ordinal)
            .Select(m => new PaymentOptionDto { Id = m.Id, Provider = m.Provider, DisplayName = m.DisplayName, Instructions = m.Instructions })];
    }

    public async Task<CheckoutReviewDto> ReviewAsync(Guid storeId, CheckoutQuoteDto input, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        var items = await catalog.GetItemsAsync(store, input.Lines, ct);
        var (country, region) = Destination(input);
        var price = input.ShippingMethodId is { } methodId
            ? OrderPricing.Price(store, CheckoutCatalog.PriceLines(items), await GetShippingAsync(storeId, methodId, ct), country, region)
            : OrderPricing.Price(store, CheckoutCatalog.PriceLines(items));
        return CheckoutMapper.ToReview(items, price);
    }

    public async Task<PlaceOrderResultDto> PlaceOrderAsync(Guid storeId, PlaceOrderDto input, string idempotencyKey, CancellationToken ct)
    {
        var key = CheckKey(idempotencyKey);
        var hash = CheckoutRequestHash.Compute(storeId, input);
        if (await ReplayAsync(key, hash, ct) is { } replay)
            return replay;

        var store = await stores.GetAsync(storeId, ct);
        if (store.Status != StoreStatus.Open)
            throw new BusinessException(CommerceErrorCodes.Ordering.StoreClosed, BusinessErrorKind.Invalid);
        var items = await catalog.GetItemsAsync(store, input.Lines, ct);
        var address = ToAddress(input.ShippingAddress);
        var shipping = await GetShippingAsync(storeId, input.ShippingMethodId, ct);
        var method = await GetPaymentAsync(storeId, input.PaymentMethodId, ct);
        return await placement.PlaceAsync(store, input, items, address, shipping, method, key, hash, ct)
            ?? await ReplayAsync(key, hash, ct)
            ?? throw new InvalidOperationException("The order that won the idempotency key was not found.");
    }

    private async Task<PlaceOrderResultDto?> ReplayAsync(string key, string hash, CancellationToken ct)
    {
        if (await orders.FindByIdempotencyKeyAsync(key, ct) is not { } first)
            return null;
        if (first.RequestHash != hash)
            throw new BusinessException(CommerceErrorCodes.Ordering.IdempotencyKeyReused, BusinessErrorKind.Unprocessable);
        return OrderResults.ToResult(first, first.CustomerId is null ? guestLinks.Mint(first.TenantId, first.Id) : null, null);
    }

    private async Task<ShippingMethod> GetShippingAsync(Guid storeId, Guid id, CancellationToken ct) =>
        await shippingMethods.FindAsync(id, ct) is { IsEnabled: true } method && method.StoreId == storeId
            ? method
            : throw new BusinessException(CommerceErrorCodes.Ordering.ShippingMethodUnavailable, BusinessErrorKind.Invalid).WithData("shippingMethod", id);

    private async Task<PaymentMethod> GetPaymentAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        var allowed = await policies.GetListAsync(CommercePolicies.AllowedPaymentMethods, ct);
        return await paymentMethods.FindAsync(id, ct) is { IsEnabled: true } method && method.StoreId == storeId && allowed.Contains(method.Provider, StringComparer.Ordinal)
            ? method
            : throw new BusinessException(CommerceErrorCodes.Ordering.PaymentMethodNotAllowed, BusinessErrorKind.Invalid).WithData("paymentMethod", id);
    }

    private static string CheckKey(string? key) =>
        string.IsNullOrWhiteSpace(key) || key.Trim().Length > OrderingConsts.IdempotencyKeyMaxLength
            ? throw new BusinessException(CommerceErrorCodes.Ordering.IdempotencyKeyRequired, BusinessErrorKind.Invalid)
            : key.Trim();

    private static (string Country, string? Region) Destination(CheckoutQuoteDto input) =>
        input.CountryCode is { Length: 2 } country && country.All(char.IsAsciiLetter)
            ? (country.ToUpperInvariant(), string.IsNullOrWhiteSpace(input.Region) ? null : input.Region.Trim().ToUpperInvariant())
            : throw new BusinessException(CommerceErrorCodes.Ordering.InvalidAddress, BusinessErrorKind.Invalid).WithData("field", "countryCode");

    private static OrderAddress ToAddress(AddressDto a) => new(a.Name, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode, a.Phone);
}
