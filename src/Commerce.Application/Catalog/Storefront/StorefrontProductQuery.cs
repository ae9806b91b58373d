using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Inventory;

namespace Commerce.Catalog.Storefront;

/// <summary>The storefront's product queries: what a store shows, its filters, and the card projection.</summary>
internal sealed class StorefrontProductQuery(IProductRepository products, IProductImageRepository images, IStockItemRepository stock)
{
    /// <summary>The store's active products: the tenant filter keeps other tenants' products out.</summary>
    public IQueryable<Product> Visible(Guid storeId) =>
        products.Query().Where(p => p.Status == ProductStatus.Active && p.StoreIds.Contains(storeId));

    public IQueryable<Product> Filter(IQueryable<Product> query, GetStorefrontProductListInput input, IReadOnlyCollection<Guid>? categoryIds)
    {
        if (categoryIds is not null)
            query = query.Where(p => p.Categories.Any(c => categoryIds.Contains(c.CategoryId)));
        if (input.MinPrice is { } min)
            query = query.Where(p => p.MinPrice >= min);
        if (input.MaxPrice is { } max)
            query = query.Where(p => p.MinPrice <= max);
        if (input.InStockOnly)
            query = query.Where(p => stock.Query().Any(s => p.Variants.Any(v => v.Id == s.VariantId) && s.OnHand - s.Reserved > 0));
        return query;
    }

    /// <summary>Values of one option widen the list; values of different options narrow it.</summary>
    public static IQueryable<Product> FilterOptions(IQueryable<Product> query, IEnumerable<string> options)
    {
        var groups = options.Select(o => o.Split(':', 2)).Where(p => p.Length == 2 && p[1].Trim().Length > 0)
            .GroupBy(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var values = group.ToList();
            query = query.Where(p => p.Variants.Any(v => values.Contains(v.Option1!) || values.Contains(v.Option2!) || values.Contains(v.Option3!)));
        }

        return query;
    }

    public static IQueryable<Product> Order(IQueryable<Product> query, StorefrontSort sort) => sort switch
    {
        StorefrontSort.PriceAscending => query.OrderBy(p => p.MinPrice).ThenBy(p => p.Id),
        StorefrontSort.PriceDescending => query.OrderByDescending(p => p.MinPrice).ThenBy(p => p.Id),
        StorefrontSort.Name => query.OrderBy(p => p.Title).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.CreationTime).ThenBy(p => p.Id),
    };

    public IQueryable<CardRow> Cards(IQueryable<Product> query, Guid storeId) =>
        query.Select(p => new CardRow
        {
            Id = p.Id,
            Title = p.Title,
            Handle = p.Handle,
            Prices = p.Variants.Select(v => new PriceRow
            {
                Price = v.Price,
                SpecialPrice = v.SpecialPrice,
                SpecialPriceStart = v.SpecialPriceStart,
                SpecialPriceEnd = v.SpecialPriceEnd,
                StorePrice = v.StorePrices.Where(s => s.StoreId == storeId).Select(s => (decimal?)s.Price).FirstOrDefault(),
                CompareAtPrice = v.CompareAtPrice,
            }).ToList(),
            Image = images.Query().Where(i => i.ProductId == p.Id).OrderBy(i => i.Position).ThenBy(i => i.Id)
                .Select(i => new ImageRow
                {
                    Id = i.Id, Width = i.Width, Height = i.Height, AltText = i.AltText,
                    ThumbnailState = i.ThumbnailState, ThumbnailSizes = i.ThumbnailSizes,
                }).FirstOrDefault(),
            InStock = stock.Query().Any(s => p.Variants.Any(v => v.Id == s.VariantId) && s.OnHand - s.Reserved > 0),
        });

    /// <summary>
    /// The images of these products that are their first (lowest position: ties, which this code never makes, all
    /// come back) or the image of one of these variants. Read whatever the product's state, so an order keeps its picture.
    /// </summary>
    public IQueryable<VariantImageRow> VariantImages(IReadOnlyCollection<Guid> productIds, IReadOnlyCollection<Guid> variantIds) =>
        images.Query()
            .Where(i => productIds.Contains(i.ProductId)
                && (i.Variants.Any(v => variantIds.Contains(v.VariantId))
                    || !images.Query().Any(j => j.ProductId == i.ProductId && j.Position < i.Position)))
            .Select(i => new VariantImageRow
            {
                ProductId = i.ProductId,
                Position = i.Position,
                VariantIds = i.Variants.Where(v => variantIds.Contains(v.VariantId)).Select(v => v.VariantId).ToList(),
                Image = new ImageRow
                {
                    Id = i.Id, Width = i.Width, Height = i.Height, AltText = i.AltText,
                    ThumbnailState = i.ThumbnailState, ThumbnailSizes = i.ThumbnailSizes,
                },
            });

    public static StorefrontProductCardDto ToCard(CardRow row, DateTimeOffset now)
    {
        var cheapest = row.Prices.MinBy(p => p.EffectiveAt(now));
        var price = cheapest?.EffectiveAt(now) ?? 0m;
        return new StorefrontProductCardDto
        {
            Id = row.Id,
            Title = row.Title,
            Handle = row.Handle,
            Price = price,
            HasPriceRange = row.Prices.Select(p => p.EffectiveAt(now)).Distinct().Count() > 1,
            CompareAtPrice = cheapest?.CompareAtPrice > price ? cheapest.CompareAtPrice : cheapest?.Price > price ? cheapest.Price : null,
            Image = row.Image?.ToDto(),
            InStock = row.InStock,
        };
    }
}
