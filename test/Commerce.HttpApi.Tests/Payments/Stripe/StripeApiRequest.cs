namespace Commerce.HttpApi.Payments.Stripe;

/// <summary>One request the Stripe stand-in received.</summary>
internal sealed record StripeApiRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string IdempotencyKey, string Authorization);
