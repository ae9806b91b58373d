namespace Commerce.Catalog.Products;

/// <summary>What a variant's owner sets on it: identifiers, prices and weight.</summary>
public sealed record VariantDetails(
    string? Sku,
    decimal Price,
    string? Barcode = null,
    decimal? CompareAtPrice = null,
    decimal? SpecialPrice = null,
    DateTimeOffset? SpecialPriceStart = null,
    DateTimeOffset? SpecialPriceEnd = null,
    int? WeightGrams = null)
{
    /// <summary>The same prices and weight without the identifiers: what a generated variant starts from.</summary>
    public VariantDetails AsTemplate() => this with { Sku = null, Barcode = null };
}
