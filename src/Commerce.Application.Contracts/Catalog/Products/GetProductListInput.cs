using System.ComponentModel.DataAnnotations;
using Commerce.Application.Dtos;

namespace Commerce.Catalog.Products;

public sealed record GetProductListInput : PagedRequestDto
{
    /// <summary>Words of the title, handle, tags or SKUs; a typo still finds close titles and SKUs.</summary>
    [StringLength(ProductConsts.TitleMaxLength)]
    public string? Filter { get; init; }

    public ProductStatus? Status { get; init; }

    public Guid? CategoryId { get; init; }

    /// <summary>With <see cref="CategoryId"/>: also the products of every category below it.</summary>
    public bool IncludeSubcategories { get; init; }

    /// <summary>Only the products published to this store.</summary>
    public Guid? StoreId { get; init; }

    /// <summary>In stock: some variant available; low: some variant at its threshold; out of stock: nothing available.</summary>
    public Inventory.StockState? StockState { get; init; }

    /// <summary>The order; without it, relevance when there is a filter text, else the newest first.</summary>
    public ProductSort? Sort { get; init; }

    public bool Descending { get; init; }
}
