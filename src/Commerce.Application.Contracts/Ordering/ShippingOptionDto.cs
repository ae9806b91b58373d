namespace Commerce.Ordering;

/// <summary>A shipping method that delivers the cart to the address, at the price the server quotes.</summary>
public sealed record ShippingOptionDto
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required decimal Price { get; init; }
}
