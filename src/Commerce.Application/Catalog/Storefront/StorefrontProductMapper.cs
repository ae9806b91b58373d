using Commerce.Catalog.Products;

namespace Commerce.Catalog.Storefront;

internal static class StorefrontProductMapper
{
    public static StorefrontProductDto ToDto(
        Product product, Guid storeId, IReadOnlyList<StorefrontImageDto> images, IReadOnlySet<Guid> inStock, DateTimeOffset now) => new()
    {
        Id = product.Id,
        Title = product.Title,
        Handle = product.Handle,
        Description = product.Description,
        SeoTitle = product.SeoTitle,
        SeoDescription = product.SeoDescription,
        Options = [.. product.Options.Select(o => new StorefrontFacetDto { Name = o.Name, Values = o.Values })],
        Variants = [.. product.Variants.OrderBy(v => v.Position).Select(v => ToDto(v, storeId, inStock.Contains(v.Id), now))],
        Images = images,
    };

    private static StorefrontVariantDto ToDto(ProductVariant variant, Guid storeId, bool inStock, DateTimeOffset now)
    {
        var price = variant.GetEffectivePrice(storeId, now);
        return new StorefrontVariantDto
        {
            Id = variant.Id,
            Sku = variant.Sku,
            OptionValues = variant.OptionValues,
            Price = price,
            RegularPrice = variant.Price > price ? variant.Price : null,
            CompareAtPrice = variant.CompareAtPrice,
            InStock = inStock,
        };
    }
}
