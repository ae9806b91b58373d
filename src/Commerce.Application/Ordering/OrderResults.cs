using Commerce.Payments;

namespace Commerce.Ordering;

internal static class OrderResults
{
    public static PlaceOrderResultDto ToResult(Order order, string? guestToken, PaymentOutcomeDto? outcome) => new()
    {
        OrderId = order.Id,
        Number = order.DisplayNumber,
        Status = order.Status,
        PaymentStatus = order.PaymentStatus,
        GrandTotal = order.GrandTotal,
        Currency = order.Currency,
        GuestAccessToken = guestToken,
        FailureCode = outcome?.FailureCode,
        FailureMessage = outcome?.FailureMessage,
        NextActionUrl = outcome?.NextActionUrl,
        ClientSecret = outcome?.ClientSecret,
    };
}
