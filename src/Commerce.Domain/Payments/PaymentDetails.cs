namespace Commerce.Payments;

/// <summary>What the customer entered: card fields (test gateway), a provider payment method id (Stripe), or nothing.</summary>
public sealed record PaymentDetails(string? CardNumber, string? CardExpiry, string? CardCvc, string? ProviderPaymentMethodId, string? ReturnUrl);
