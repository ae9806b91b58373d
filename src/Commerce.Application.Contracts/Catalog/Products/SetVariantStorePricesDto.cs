using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

public sealed record SetVariantStorePricesDto
{
    /// <summary>The variant's price in each store that overrides it; the list replaces the variant's.</summary>
    [MaxLength(ProductVariantConsts.MaxStorePriceCount)]
    public IReadOnlyList<VariantStorePriceDto> Prices { get; init; } = [];

    /// <summary>The product's version the caller read.</summary>
    public uint Version { get; init; }
}
