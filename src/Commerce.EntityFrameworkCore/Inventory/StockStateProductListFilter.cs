using Commerce.Catalog.Products;
using Commerce.Inventory;

namespace Commerce.EntityFrameworkCore.Inventory;

/// <summary>Inventory's filter on the product list: products by the stock state of their variants.</summary>
internal sealed class StockStateProductListFilter(CommerceDbContext db) : IProductListFilter
{
    public IQueryable<Product> Apply(IQueryable<Product> products, ProductSearchCriteria criteria)
    {
        var stock = db.StockItems;
        return criteria.StockState switch
        {
            StockState.InStock => products.Where(p => p.Variants.Any(v => stock.Any(s => s.VariantId == v.Id && s.OnHand - s.Reserved > 0))),
            StockState.LowStock => products.Where(p => p.Variants.Any(v => stock.Any(s => s.VariantId == v.Id && s.IsLow))),
            StockState.OutOfStock => products.Where(p => !p.Variants.Any(v => stock.Any(s => s.VariantId == v.Id && s.OnHand - s.Reserved > 0))),
            _ => products,
        };
    }
}
