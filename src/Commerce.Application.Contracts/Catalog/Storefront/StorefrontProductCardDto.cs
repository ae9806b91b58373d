namespace Commerce.Catalog.Storefront;

/// <summary>A product in a list: its lowest price in the store, a picture and whether any of it can be bought.</summary>
public sealed record StorefrontProductCardDto
{
    public Guid Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Handle { get; init; } = string.Empty;

    /// <summary>The lowest price a variant sells at in the store now.</summary>
    public decimal Price { get; init; }

    /// <summary>Whether the variants sell at different prices ("from").</summary>
    public bool HasPriceRange { get; init; }

    /// <summary>The "was" price of the cheapest variant, shown struck through when above the price.</summary>
    public decimal? CompareAtPrice { get; init; }

    public StorefrontImageDto? Image { get; init; }

    public bool InStock { get; init; }
}
