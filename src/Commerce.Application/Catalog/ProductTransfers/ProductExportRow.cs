using Commerce.Catalog.Products;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>A product as the export reads it: its own cells and its variants.</summary>
internal sealed record ProductExportRow(
    string Handle, string Title, string? Description, ProductStatus Status, IReadOnlyList<string> Tags, IReadOnlyList<ProductOption> Options,
    IReadOnlyList<ProductExportVariant> Variants);
