namespace Commerce.Payments;

/// <summary>What Ordering tells Payments when an order is placed: the amount is the order's grand total.</summary>
public sealed record OrderPaymentRequest(
    Guid OrderId, Guid StoreId, Guid PaymentMethodId, string OrderNumber, decimal Amount, string Currency, string CustomerEmail);
