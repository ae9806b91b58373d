namespace Commerce.Catalog.ProductTransfers;

/// <summary>A checked variant row: its option values (as the file spells them), identifiers, prices, weight and counted stock.</summary>
internal sealed record ProductImportVariant(
    int Row, IReadOnlyList<string> OptionValues, string? Sku, string? Barcode, decimal Price, decimal? CompareAtPrice, int? WeightGrams, int? Stock);
