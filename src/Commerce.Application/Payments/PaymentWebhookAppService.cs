using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments;

/// <summary>
/// One webhook: the tenant must exist and be active before the code runs as it; the method must be the tenant's and
/// enabled; the provider verifies the signature before the body is read. The event id is recorded under a unique
/// index, so a replay, or two deliveries racing, apply the event once.
/// </summary>
internal sealed class PaymentWebhookAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, IPaymentMethodRepository methods, PaymentMethodManager methodManager,
    PaymentProviders providers, IPaymentRepository payments, IProcessedWebhookEventRepository processedEvents,
    IUnitOfWork unitOfWork, IGuidGenerator guids, TimeProvider clock)
    : IPaymentWebhookAppService
{
    public async Task HandleAsync(Guid tenantId, Guid paymentMethodId, string body, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        if (await tenants.FindAsync(tenantId, ct) is not { IsActive: true })
            throw new EntityNotFoundException(typeof(Tenant), tenantId);
        using var tenant = currentTenant.Change(tenantId);
        var method = await methods.FindAsync(paymentMethodId, ct);
        if (method is not { IsEnabled: true })
            throw new EntityNotFoundException(typeof(PaymentMethod), paymentMethodId);

        var webhook = providers.For(method).ReadWebhook(
            methodManager.ReadSecrets(method), body, new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase));
        if (await processedEvents.ExistsAsync(method.Provider, webhook.EventId, ct))
            return;

        var now = clock.GetUtcNow();
        Payment? payment = null;
        if (webhook.Result is { } result)
        {
            payment = await FindPaymentAsync(method, webhook, ct);
            payment.Apply(guids.Create(), result with { EventId = webhook.EventId }, now);
        }

        await processedEvents.AddAsync(new ProcessedWebhookEvent(guids.Create(), method.Provider, webhook.EventId, method.Id, payment?.Id, now), ct);
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
        }
        catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Payments.DuplicateWebhookEvent)
        {
            // A concurrent delivery of the same event committed first; it applied the event.
        }
    }

    /// <summary>
    /// By the provider's reference, or by the payment id the provider carries back (an event may come before the
    /// reference was saved). An unknown payment is 404 and nothing is recorded, so the provider's redelivery can apply it.
    /// </summary>
    private async Task<Payment> FindPaymentAsync(PaymentMethod method, PaymentWebhookEvent webhook, CancellationToken ct)
    {
        var payment = webhook.PaymentReference is { } reference ? await payments.FindByProviderReferenceAsync(method.Provider, reference, ct) : null;
        if (payment is null && webhook.PaymentId is { } paymentId)
            payment = await payments.FindAsync(paymentId, ct);
        return payment is not null && payment.PaymentMethodId == method.Id
            ? payment
            : throw new EntityNotFoundException(typeof(Payment), webhook.PaymentReference ?? webhook.PaymentId?.ToString());
    }
}
