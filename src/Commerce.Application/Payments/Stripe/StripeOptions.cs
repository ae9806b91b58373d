namespace Commerce.Payments.Stripe;

/// <summary>How the platform reaches Stripe; the keys are each store's, in its payment method's secrets.</summary>
public sealed class StripeOptions
{
    public const string SectionName = "Payments:Stripe";

    /// <summary>Stripe's API address; a test points it at a local server.</summary>
    public string ApiBase { get; set; } = "https://api.stripe.com";

    /// <summary>Retries of a failed request; each carries the same idempotency key, so none is applied twice.</summary>
    public int MaxNetworkRetries { get; set; } = 2;
}
