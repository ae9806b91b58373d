namespace Commerce.Catalog.Products;

public sealed record ProductVariantDto
{
    public Guid Id { get; init; }

    public string? Sku { get; init; }

    public string? Barcode { get; init; }

    public decimal Price { get; init; }

    public decimal? CompareAtPrice { get; init; }

    public decimal? SpecialPrice { get; init; }

    public DateTimeOffset? SpecialPriceStart { get; init; }

    public DateTimeOffset? SpecialPriceEnd { get; init; }

    public int? WeightGrams { get; init; }

    public int Position { get; init; }

    /// <summary>One value of each of the product's options, in the options' order.</summary>
    public required IReadOnlyList<string> OptionValues { get; init; }

    public required IReadOnlyList<VariantStorePriceDto> StorePrices { get; init; }
}
