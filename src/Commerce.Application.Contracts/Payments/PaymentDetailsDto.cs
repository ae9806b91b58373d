namespace Commerce.Payments;

/// <summary>
/// What the customer entered for the chosen method: card fields for the test gateway, a Stripe PaymentMethod id
/// when the store uses Stripe, nothing for manual methods. ReturnUrl is where a provider sends the customer back.
/// </summary>
public sealed record PaymentDetailsDto
{
    public string? CardNumber { get; init; }

    public string? CardExpiry { get; init; }

    public string? CardCvc { get; init; }

    public string? ProviderPaymentMethodId { get; init; }

    public string? ReturnUrl { get; init; }
}
