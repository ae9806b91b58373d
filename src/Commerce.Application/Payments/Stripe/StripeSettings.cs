namespace Commerce.Payments.Stripe;

/// <summary>The names of Stripe's settings on a payment method, and of the metadata put on its PaymentIntents.</summary>
internal static class StripeSettings
{
    public const string SecretKey = "secretKey";
    public const string WebhookSecret = "webhookSecret";
    public const string SignatureHeader = "Stripe-Signature";
    public const string TenantIdMetadata = "tenant_id";
    public const string OrderIdMetadata = "order_id";
    public const string PaymentIdMetadata = "payment_id";
}
