namespace Commerce.Catalog.Products;

/// <summary>What the backoffice's product list asks for; the repository turns it into one indexed query.</summary>
public sealed record ProductSearchCriteria
{
    /// <summary>Words of the title, handle, tags or SKUs; close titles and SKUs match too, ranked below exact words.</summary>
    public string? Text { get; init; }

    public ProductStatus? Status { get; init; }

    /// <summary>Products in any of these categories (the app service adds the subcategories when asked).</summary>
    public IReadOnlyList<Guid>? CategoryIds { get; init; }

    public Guid? StoreId { get; init; }

    /// <summary>Products with a variant in stock, or low, or with nothing available (Inventory's filter applies it).</summary>
    public Inventory.StockState? StockState { get; init; }

    /// <summary>Null: relevance with text, else the newest first.</summary>
    public ProductSort? Sort { get; init; }

    public bool Descending { get; init; }
}
