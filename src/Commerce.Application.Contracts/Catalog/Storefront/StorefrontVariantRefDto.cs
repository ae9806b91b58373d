namespace Commerce.Catalog.Storefront;

/// <summary>A variant as a cart or order line names it: with its product, which may no longer be sold.</summary>
public sealed record StorefrontVariantRefDto
{
    public required Guid ProductId { get; init; }

    public required Guid VariantId { get; init; }
}
