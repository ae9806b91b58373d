namespace Commerce.Catalog.ProductTransfers;

internal sealed record ProductExportVariant(
    Guid Id, int Position, string? Option1, string? Option2, string? Option3, string? Sku, string? Barcode, decimal Price, decimal? CompareAtPrice, int? WeightGrams);
