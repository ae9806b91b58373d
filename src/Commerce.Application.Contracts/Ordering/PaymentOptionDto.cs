namespace Commerce.Ordering;

/// <summary>An enabled payment method of the store whose provider the platform allows.</summary>
public sealed record PaymentOptionDto
{
    public required Guid Id { get; init; }

    public required string Provider { get; init; }

    public required string DisplayName { get; init; }

    public string? Instructions { get; init; }
}
