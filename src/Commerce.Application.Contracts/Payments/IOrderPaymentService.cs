namespace Commerce.Payments;

/// <summary>
/// Ordering's way into Payments, in process (not an HTTP service). Creating the payment record joins the caller's
/// unit of work, so an order is never saved without it; talking to the provider happens after that commit.
/// Permissions are the caller's: checkout is the customer's, capture and refund are checked by Ordering.
/// </summary>
public interface IOrderPaymentService
{
    /// <summary>Adds a pending payment for the order to the current unit of work; the caller saves it with the order.</summary>
    Task<Guid> CreateAsync(OrderPaymentRequest request, CancellationToken ct);

    /// <summary>Asks the provider to authorize (and, if the method captures at once, capture); saves the outcome.</summary>
    Task<PaymentOutcomeDto> StartAsync(Guid paymentId, PaymentDetailsDto details, CancellationToken ct);

    /// <summary>Captures an authorized payment of the order, in full when no amount is given.</summary>
    Task<PaymentOutcomeDto> CaptureAsync(Guid orderId, decimal? amount, CancellationToken ct);

    /// <summary>Voids the order's authorized, uncaptured payment.</summary>
    Task<PaymentOutcomeDto> VoidAsync(Guid orderId, CancellationToken ct);

    /// <summary>Refunds part or all of what was captured on the order.</summary>
    Task<PaymentOutcomeDto> RefundAsync(Guid orderId, decimal amount, string? reason, CancellationToken ct);

    /// <summary>The order's payments with every transaction, oldest first.</summary>
    Task<IReadOnlyList<PaymentDto>> GetListByOrderAsync(Guid orderId, CancellationToken ct);
}
