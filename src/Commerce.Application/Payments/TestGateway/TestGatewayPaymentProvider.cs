using Commerce.BackgroundJobs;
using Commerce.Guids;
using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments.TestGateway;

/// <summary>
/// An offline card processor for trying checkout out: its behaviour follows the card number
/// (<see cref="TestGatewayCards"/>). A card that needs confirmation stays Pending and is confirmed by a signed
/// webhook that a job sends a few seconds later through the same endpoint code as any provider's.
/// </summary>
internal sealed class TestGatewayPaymentProvider(TimeProvider clock, IBackgroundJobManager jobs, ICurrentTenant currentTenant, IGuidGenerator guids)
    : IPaymentProvider
{
    public string Name => PaymentProviderDefinitions.TestGateway;

    public Task<PaymentProviderResult> AuthorizeAsync(PaymentProviderContext context, PaymentDetails details, CancellationToken ct)
    {
        var card = TestCard.Parse(details, clock.GetUtcNow());
        var payment = context.Payment;
        var approved = Result(payment, PaymentTransactionKind.Authorize, PaymentStatus.Authorized, payment.Amount) with { CardBrand = card.Brand, CardLast4 = card.Last4 };
        var result = card.Number switch
        {
            TestGatewayCards.Declined => Failed(approved, CommerceErrorCodes.Payments.CardDeclined, "The card was declined."),
            TestGatewayCards.ProcessingError => Failed(approved, CommerceErrorCodes.Payments.ProcessingError, "The card could not be processed."),
            TestGatewayCards.ConfirmedLater => approved with { Status = PaymentStatus.Pending },
            _ when context.CapturesAtOnce => approved with { Kind = PaymentTransactionKind.Capture, Status = PaymentStatus.Captured },
            _ => approved,
        };
        if (card.Number == TestGatewayCards.ConfirmedLater)
        {
            jobs.Enqueue<ConfirmTestGatewayPaymentJob, ConfirmTestGatewayPaymentArgs>(
                new ConfirmTestGatewayPaymentArgs(currentTenant.Id!.Value, context.Method.Id, payment.Id, Reference(payment), payment.Amount, payment.Currency, context.CapturesAtOnce),
                TimeSpan.FromSeconds(PaymentConsts.TestGatewayConfirmationDelaySeconds));
        }

        return Task.FromResult(result);
    }

    public Task<PaymentProviderResult> CaptureAsync(PaymentProviderContext context, decimal amount, CancellationToken ct) =>
        Task.FromResult(Result(context.Payment, PaymentTransactionKind.Capture, PaymentStatus.Captured, amount));

    public Task<PaymentProviderResult> VoidAsync(PaymentProviderContext context, CancellationToken ct) =>
        Task.FromResult(Result(context.Payment, PaymentTransactionKind.Void, PaymentStatus.Voided, context.Payment.Amount));

    public Task<PaymentProviderResult> RefundAsync(PaymentProviderContext context, decimal amount, string? reason, CancellationToken ct) =>
        Task.FromResult(Result(context.Payment, PaymentTransactionKind.Refund, context.Payment.StatusAfterRefund(amount), amount) with
        {
            ProviderReference = $"tgr_{guids.Create():N}",
        });

    public PaymentWebhookEvent ReadWebhook(IReadOnlyDictionary<string, string> secrets, string body, IReadOnlyDictionary<string, string> headers) =>
        TestGatewayWebhook.Read(secrets, body, headers, clock.GetUtcNow());

    /// <summary>The gateway's id of a payment.</summary>
    public static string Reference(Payment payment) => $"tg_{payment.Id:N}";

    private static PaymentProviderResult Result(Payment payment, PaymentTransactionKind kind, PaymentStatus status, decimal amount) =>
        new() { Kind = kind, Status = status, Amount = amount, Succeeded = true, PaymentReference = Reference(payment) };

    private static PaymentProviderResult Failed(PaymentProviderResult result, string code, string message) =>
        result with { Succeeded = false, Status = PaymentStatus.Failed, FailureCode = code, FailureMessage = message };
}
