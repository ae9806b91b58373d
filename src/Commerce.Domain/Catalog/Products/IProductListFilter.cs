namespace Commerce.Catalog.Products;

/// <summary>
/// The extension point of the product list for other modules: each registered filter narrows the query before it
/// is counted and paged. Inventory adds its stock-state filter here (a StockState on the criteria and on
/// GetProductListInput, and a filter that keeps the products with variants in that state).
/// </summary>
public interface IProductListFilter
{
    IQueryable<Product> Apply(IQueryable<Product> products, ProductSearchCriteria criteria);
}
