using System.Globalization;
using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;
using Stripe;

namespace Commerce.Payments.Stripe;

/// <summary>
/// Stripe PaymentIntents with the store's own keys. Amounts go in minor units, the payment id is the idempotency key
/// (so a retried checkout never charges twice), and the tenant, order and payment ids ride along as metadata so a
/// webhook can find its payment even before the intent's id was saved.
/// </summary>
internal sealed class StripePaymentProvider(StripeClientFactory clients, ICurrentTenant currentTenant, TimeProvider clock) : IPaymentProvider
{
    public string Name => PaymentProviderDefinitions.Stripe;

    public async Task<PaymentProviderResult> AuthorizeAsync(PaymentProviderContext context, PaymentDetails details, CancellationToken ct)
    {
        var payment = context.Payment;
        var options = new PaymentIntentCreateOptions
        {
            Amount = MinorUnits.ToMinor(payment.Amount, payment.Currency),
            Currency = payment.Currency.ToLowerInvariant(),
            CaptureMethod = context.CapturesAtOnce ? "automatic" : "manual",
            Metadata = new Dictionary<string, string>
            {
                [StripeSettings.TenantIdMetadata] = currentTenant.Id?.ToString() ?? string.Empty,
                [StripeSettings.OrderIdMetadata] = payment.OrderId.ToString(),
                [StripeSettings.PaymentIdMetadata] = payment.Id.ToString(),
            },
        };
        if (!string.IsNullOrWhiteSpace(details.ProviderPaymentMethodId))
        {
            options.PaymentMethod = details.ProviderPaymentMethodId;
            options.Confirm = true;
            options.ReturnUrl = details.ReturnUrl;
        }

        try
        {
            var intent = await Intents(context).CreateAsync(options, Key(payment.Id.ToString()), ct);
            return StripeResults.FromIntent(intent, payment.Currency);
        }
        catch (StripeException ex)
        {
            return StripeResults.Failed(ex, PaymentTransactionKind.Authorize, payment.Amount, null);
        }
    }

    public async Task<PaymentProviderResult> CaptureAsync(PaymentProviderContext context, decimal amount, CancellationToken ct)
    {
        var payment = context.Payment;
        try
        {
            var intent = await Intents(context).CaptureAsync(payment.ProviderReference,
                new PaymentIntentCaptureOptions { AmountToCapture = MinorUnits.ToMinor(amount, payment.Currency) }, Key($"{payment.Id}:capture"), ct);
            return StripeResults.FromIntent(intent, payment.Currency);
        }
        catch (StripeException ex)
        {
            return StripeResults.Failed(ex, PaymentTransactionKind.Capture, amount, payment.ProviderReference) with { Status = payment.Status };
        }
    }

    public async Task<PaymentProviderResult> VoidAsync(PaymentProviderContext context, CancellationToken ct)
    {
        var payment = context.Payment;
        // No intent id saved (the host stopped while creating it): an intent may still exist and be paid, so the payment
        // is not declared void here; the intent's webhook finds it by its metadata and settles it.
        if (payment.ProviderReference is null)
            return StripeResults.UnknownIntent(PaymentTransactionKind.Void, payment);
        try
        {
            var intent = await Intents(context).CancelAsync(payment.ProviderReference, new PaymentIntentCancelOptions(), Key($"{payment.Id}:cancel"), ct);
            return StripeResults.FromIntent(intent, payment.Currency);
        }
        catch (StripeException ex)
        {
            return StripeResults.Failed(ex, PaymentTransactionKind.Void, payment.Amount, payment.ProviderReference) with { Status = payment.Status };
        }
    }

    public async Task<PaymentProviderResult> RefundAsync(PaymentProviderContext context, decimal amount, string? reason, CancellationToken ct)
    {
        var payment = context.Payment;
        var options = new RefundCreateOptions
        {
            PaymentIntent = payment.ProviderReference,
            Amount = MinorUnits.ToMinor(amount, payment.Currency),
            Metadata = new Dictionary<string, string> { [StripeSettings.PaymentIdMetadata] = payment.Id.ToString() },
        };
        if (!string.IsNullOrWhiteSpace(reason))
            options.Metadata["reason"] = reason;
        try
        {
            // The n-th transaction's key: a refund retried after a lost answer is the same refund, a later one a new one.
            var key = string.Create(CultureInfo.InvariantCulture, $"{payment.Id}:refund:{payment.Transactions.Count}");
            var refund = await new RefundService(clients.Create(SecretKey(context))).CreateAsync(options, Key(key), ct);
            return StripeResults.FromRefund(refund, payment, amount);
        }
        catch (StripeException ex)
        {
            return StripeResults.Failed(ex, PaymentTransactionKind.Refund, amount, payment.ProviderReference) with { Status = payment.Status };
        }
    }

    public PaymentWebhookEvent ReadWebhook(IReadOnlyDictionary<string, string> secrets, string body, IReadOnlyDictionary<string, string> headers) =>
        StripeWebhook.Read(secrets, body, headers, clock.GetUtcNow());

    private static RequestOptions Key(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    private static string SecretKey(PaymentProviderContext context) => context.Secrets.GetValueOrDefault(StripeSettings.SecretKey) ?? string.Empty;

    private PaymentIntentService Intents(PaymentProviderContext context) => new(clients.Create(SecretKey(context)));
}
