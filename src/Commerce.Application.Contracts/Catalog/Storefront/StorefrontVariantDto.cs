namespace Commerce.Catalog.Storefront;

/// <summary>A sellable variant: its option values, its price in the store now and whether it can be bought.</summary>
public sealed record StorefrontVariantDto
{
    public Guid Id { get; init; }

    public string? Sku { get; init; }

    public IReadOnlyList<string> OptionValues { get; init; } = [];

    public decimal Price { get; init; }

    /// <summary>The regular price, when the variant sells below it now (a special or store price).</summary>
    public decimal? RegularPrice { get; init; }

    public decimal? CompareAtPrice { get; init; }

    public bool InStock { get; init; }
}
