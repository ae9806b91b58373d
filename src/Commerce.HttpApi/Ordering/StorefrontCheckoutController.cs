using Commerce.Ordering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Ordering;

/// <summary>
/// The headless storefront's checkout: anonymous, the tenant from the __tenant header, the store in the route. An
/// order is placed once per Idempotency-Key; the same key with another body is 422.
/// </summary>
[ApiController]
[Route("api/storefront/stores/{storeId:guid}")]
[AllowAnonymous]
[Tags("Storefront checkout")]
public sealed class StorefrontCheckoutController(ICheckoutAppService checkout) : ControllerBase
{
    /// <summary>The shipping methods that deliver these lines to the address, priced by the server.</summary>
    [HttpPost("shipping-options")]
    [ProducesResponseType<IReadOnlyList<ShippingOptionDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<IReadOnlyList<ShippingOptionDto>> GetShippingOptions(Guid storeId, CheckoutQuoteDto input, CancellationToken ct) =>
        checkout.GetShippingOptionsAsync(storeId, input, ct);

    /// <summary>The store's payment methods a shopper can use.</summary>
    [HttpGet("payment-options")]
    [ProducesResponseType<IReadOnlyList<PaymentOptionDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<PaymentOptionDto>> GetPaymentOptions(Guid storeId, CancellationToken ct) => checkout.GetPaymentOptionsAsync(storeId, ct);

    /// <summary>The server's totals for the shopper's choices.</summary>
    [HttpPost("checkout-review")]
    [ProducesResponseType<CheckoutReviewDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<CheckoutReviewDto> Review(Guid storeId, CheckoutQuoteDto input, CancellationToken ct) => checkout.ReviewAsync(storeId, input, ct);

    /// <summary>Places the order; a failed payment answers with the cancelled order and the provider's failure code.</summary>
    [HttpPost("orders")]
    [ProducesResponseType<PlaceOrderResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public Task<PlaceOrderResultDto> PlaceOrder(
        Guid storeId, [FromHeader(Name = "Idempotency-Key")] string idempotencyKey, PlaceOrderDto input, CancellationToken ct) =>
        checkout.PlaceOrderAsync(storeId, input, idempotencyKey, ct);
}
