using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments.Providers;

/// <summary>
/// Bank transfer, cash on delivery: nothing to ask anyone at checkout. The payment waits (Pending) while the order
/// goes ahead; staff capture it when the money arrives and refund it by hand. It has no webhooks.
/// </summary>
internal sealed class ManualPaymentProvider : IPaymentProvider
{
    public string Name => PaymentProviderDefinitions.Manual;

    public Task<PaymentProviderResult> AuthorizeAsync(PaymentProviderContext context, PaymentDetails details, CancellationToken ct) =>
        Task.FromResult(Result(context, PaymentTransactionKind.Authorize, PaymentStatus.Pending, context.Payment.Amount));

    public Task<PaymentProviderResult> CaptureAsync(PaymentProviderContext context, decimal amount, CancellationToken ct) =>
        Task.FromResult(Result(context, PaymentTransactionKind.Capture, PaymentStatus.Captured, amount));

    public Task<PaymentProviderResult> VoidAsync(PaymentProviderContext context, CancellationToken ct) =>
        Task.FromResult(Result(context, PaymentTransactionKind.Void, PaymentStatus.Voided, context.Payment.Amount));

    public Task<PaymentProviderResult> RefundAsync(PaymentProviderContext context, decimal amount, string? reason, CancellationToken ct) =>
        Task.FromResult(Result(context, PaymentTransactionKind.Refund, context.Payment.StatusAfterRefund(amount), amount));

    public PaymentWebhookEvent ReadWebhook(IReadOnlyDictionary<string, string> secrets, string body, IReadOnlyDictionary<string, string> headers) =>
        throw new EntityNotFoundException(typeof(PaymentWebhookEvent), Name);

    private static PaymentProviderResult Result(PaymentProviderContext context, PaymentTransactionKind kind, PaymentStatus status, decimal amount) =>
        new() { Kind = kind, Status = status, Amount = amount, Succeeded = true, UserId = context.UserId };
}
