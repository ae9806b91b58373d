using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>
/// The placed order as the confirmation page needs it. A failed payment cancels the order and carries the
/// provider's code (<c>Commerce:Payments:CardDeclined</c>) so the page can say why; the cart is kept.
/// </summary>
public sealed record PlaceOrderResultDto
{
    public required Guid OrderId { get; init; }

    /// <summary>"#1001".</summary>
    public required string Number { get; init; }

    public required OrderStatus Status { get; init; }

    public required PaymentStatus PaymentStatus { get; init; }

    public required decimal GrandTotal { get; init; }

    public required string Currency { get; init; }

    /// <summary>For a guest: opens the order page; shown once per response (a retry gets a new one).</summary>
    public string? GuestAccessToken { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    public string? NextActionUrl { get; init; }

    public string? ClientSecret { get; init; }
}
