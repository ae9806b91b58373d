using Commerce.Catalog.Products;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// A checked product of the file: the handle's rows, with the product-level cells of its first row (null: the
/// cell was blank, so an existing product keeps its value) and its options built from the rows in file order.
/// </summary>
internal sealed class ProductImportItem
{
    public required string Handle { get; init; }

    public required int FirstRow { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public ProductStatus? Status { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public required IReadOnlyList<ProductOption> Options { get; init; }

    public required IReadOnlyList<ProductImportVariant> Variants { get; init; }

    /// <summary>The product the handle names, when it exists already.</summary>
    public Guid? ExistingId { get; set; }

    public int RowCount => Variants.Count;
}
