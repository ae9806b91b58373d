using Commerce.Catalog.Storefront;
using Commerce.Ordering;
using Commerce.Ordering.Carts;

namespace Commerce.Web.Public.Theming;

/// <summary>
/// The pictures of a page's cart or order lines, by variant id, read in one call for all of them. An order reads the
/// product's current images: its files live only as long as the image does, so a snapshot of the image could not
/// keep a removed picture either.
/// </summary>
public static class LineImages
{
    public static Task<IReadOnlyDictionary<Guid, StorefrontImageDto>> ForCartAsync(IStorefrontCatalogAppService catalog, CartDto cart, CancellationToken ct) =>
        catalog.GetVariantImagesAsync(
            [.. cart.Lines.Where(l => l.ProductId is not null).Select(l => new StorefrontVariantRefDto { ProductId = l.ProductId!.Value, VariantId = l.VariantId })], ct);

    public static Task<IReadOnlyDictionary<Guid, StorefrontImageDto>> ForOrderAsync(IStorefrontCatalogAppService catalog, CustomerOrderDto order, CancellationToken ct) =>
        catalog.GetVariantImagesAsync([.. order.Lines.Select(l => new StorefrontVariantRefDto { ProductId = l.ProductId, VariantId = l.VariantId })], ct);
}
