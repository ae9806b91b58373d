using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments.TestGateway;

/// <summary>
/// The test gateway's asynchronous confirmation: it signs a webhook with the method's secret and delivers it through
/// the webhook handling every provider's webhooks go through, verification included. The event id is fixed per
/// payment, so a retried job is a replay and changes nothing. Like a processor, it confirms only a payment still
/// waiting: one cancelled meanwhile (its order's hold ran out, or staff cancelled the order) is not charged.
/// </summary>
public sealed class ConfirmTestGatewayPaymentJob(
    IPaymentRepository payments, IAsyncQueryExecutor queryExecutor, IPaymentMethodRepository methods, PaymentMethodManager methodManager, IPaymentWebhookAppService webhooks, IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant, TimeProvider clock)
    : IBackgroundJob<ConfirmTestGatewayPaymentArgs>
{
    public async Task ExecuteAsync(ConfirmTestGatewayPaymentArgs args, CancellationToken ct)
    {
        string? secret;
        using (currentTenant.Change(args.TenantId))
        {
            var waiting = await queryExecutor.AnyAsync(payments.Query().Where(p => p.Id == args.PaymentId && p.Status == PaymentStatus.Pending), ct);
            if (!waiting)
                return;
            secret = await SecretAsync(args.PaymentMethodId, ct);
        }

        if (secret is null)
            return;
        var now = clock.GetUtcNow();
        var body = TestGatewayWebhook.Serialize(new TestGatewayEvent
        {
            Id = $"evt_{args.PaymentId:N}_confirmed",
            Type = args.Capture ? TestGatewayEventTypes.Captured : TestGatewayEventTypes.Authorized,
            Created = now.ToUnixTimeSeconds(),
            Data = new TestGatewayEventData { Reference = args.Reference, PaymentId = args.PaymentId, Amount = args.Amount, Currency = args.Currency },
        });
        var headers = new Dictionary<string, string> { [TestGatewayWebhook.SignatureHeader] = WebhookSignature.Sign(secret, now, body) };
        await webhooks.HandleAsync(args.TenantId, args.PaymentMethodId, body, headers, ct);
    }

    /// <summary>The method's webhook secret, made now for a method saved before the test gateway had one.</summary>
    private async Task<string?> SecretAsync(Guid paymentMethodId, CancellationToken ct)
    {
        var method = await methods.FindAsync(paymentMethodId, ct);
        if (method is null)
            return null;
        if (!methodManager.ReadSecrets(method).ContainsKey(TestGatewayWebhook.SecretSetting))
        {
            methodManager.Configure(method, method.Settings.ToDictionary(s => s.Key, s => (string?)s.Value));
            await unitOfWork.SaveChangesAsync(ct);
        }

        return methodManager.ReadSecrets(method)[TestGatewayWebhook.SecretSetting];
    }
}
