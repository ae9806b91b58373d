using Commerce.Catalog.Products;

namespace Commerce.Catalog.Storefront;

internal static class StorefrontProductMapper
{
    public static StorefrontProductSnapshot ToSnapshot(
        Product product, Guid storeId, IReadOnlyList<StorefrontImageDto> images, IReadOnlySet<Guid> inStock)
    {
        var variants = product.Variants.OrderBy(v => v.Position).ToList();
        var dto = new StorefrontProductDto
        {
            Id = product.Id,
            Title = product.Title,
            Handle = product.Handle,
            Description = product.Description,
            SeoTitle = product.SeoTitle,
            SeoDescription = product.SeoDescription,
            Options = [.. product.Options.Select(o => new StorefrontFacetDto { Name = o.Name, Values = o.Values })],
            Variants = [.. variants.Select(v => ToDto(v, inStock.Contains(v.Id)))],
            Images = images,
        };
        return new StorefrontProductSnapshot(dto, [.. variants.Select(v => PriceRule(v, storeId))]);
    }

    private static StorefrontVariantDto ToDto(ProductVariant variant, bool inStock) => new()
    {
        Id = variant.Id,
        Sku = variant.Sku,
        OptionValues = variant.OptionValues,
        Price = variant.Price,
        CompareAtPrice = variant.CompareAtPrice,
        InStock = inStock,
    };

    private static VariantPriceRule PriceRule(ProductVariant variant, Guid storeId) => new(
        variant.Price, variant.SpecialPrice, variant.SpecialPriceStart, variant.SpecialPriceEnd,
        variant.StorePrices.FirstOrDefault(p => p.StoreId == storeId)?.Price);
}
