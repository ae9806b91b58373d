namespace Commerce.Payments;

/// <summary>
/// The result of one call to a provider. A failure carries a code for the customer or staff
/// (<c>Commerce:Payments:CardDeclined</c>); NextActionUrl or ClientSecret ask the customer to finish with the provider.
/// </summary>
public sealed record PaymentOutcomeDto
{
    public required Guid PaymentId { get; init; }

    public required PaymentStatus Status { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    public string? NextActionUrl { get; init; }

    public string? ClientSecret { get; init; }
}
