namespace Commerce.Ordering;

/// <summary>
/// Checkout for the storefront (in process) and the headless API: the shopper's own, so it needs no staff
/// permission, only a store of the current tenant. Every price comes from the server.
/// </summary>
public interface ICheckoutAppService
{
    Task<IReadOnlyList<ShippingOptionDto>> GetShippingOptionsAsync(Guid storeId, CheckoutQuoteDto input, CancellationToken ct);

    Task<IReadOnlyList<PaymentOptionDto>> GetPaymentOptionsAsync(Guid storeId, CancellationToken ct);

    Task<CheckoutReviewDto> ReviewAsync(Guid storeId, CheckoutQuoteDto input, CancellationToken ct);

    /// <summary>
    /// Places the order once per idempotency key: the same key with the same request returns the first order, with
    /// another request fails with IdempotencyKeyReused (422). Bad input is refused with nothing written.
    /// </summary>
    Task<PlaceOrderResultDto> PlaceOrderAsync(Guid storeId, PlaceOrderDto input, string idempotencyKey, CancellationToken ct);
}
