using System.ComponentModel;
using Commerce.Catalog.Products;

namespace Commerce.Catalog.Storefront;

/// <summary>
/// A product page as cached: everything but the prices, which depend on the time (special price windows), so each
/// variant keeps its price rule and <see cref="At"/> applies it on every read. Never changed once built, so the
/// cache hands out the one instance instead of a copy.
/// </summary>
[ImmutableObject(true)]
internal sealed record StorefrontProductSnapshot(StorefrontProductDto Product, IReadOnlyList<VariantPriceRule> Prices)
{
    public StorefrontProductDto At(DateTimeOffset now) => Product with
    {
        Variants = [.. Product.Variants.Select((variant, i) => Prices[i].Apply(variant, now))],
    };
}

/// <summary>A variant's price inputs in one store (<see cref="VariantPricing"/>).</summary>
[ImmutableObject(true)]
internal sealed record VariantPriceRule(
    decimal Price, decimal? SpecialPrice, DateTimeOffset? SpecialPriceStart, DateTimeOffset? SpecialPriceEnd, decimal? StorePrice)
{
    public StorefrontVariantDto Apply(StorefrontVariantDto variant, DateTimeOffset now)
    {
        var price = VariantPricing.Effective(Price, SpecialPrice, SpecialPriceStart, SpecialPriceEnd, StorePrice, now);
        return variant with { Price = price, RegularPrice = Price > price ? Price : null };
    }
}

/// <summary>The tenant's visible categories in tree order, as cached.</summary>
[ImmutableObject(true)]
internal sealed record StorefrontCategoriesSnapshot(IReadOnlyList<StorefrontCategoryDto> Categories);
