namespace Commerce.Catalog.ProductTransfers;

/// <summary>The columns of the product CSV file (one row per variant), in the order an export writes them.</summary>
public static class ProductCsvColumns
{
    public const string Handle = "handle";
    public const string Title = "title";
    public const string Description = "description";
    public const string Status = "status";
    public const string Tags = "tags";
    public const string Sku = "sku";
    public const string Barcode = "barcode";
    public const string Price = "price";
    public const string CompareAtPrice = "compare_at_price";
    public const string WeightGrams = "weight_grams";
    public const string Stock = "stock";

    public static IReadOnlyList<string> All { get; } =
    [
        Handle, Title, Description, Status, Tags, OptionName(1), OptionValue(1), OptionName(2), OptionValue(2), OptionName(3), OptionValue(3),
        Sku, Barcode, Price, CompareAtPrice, WeightGrams, Stock,
    ];

    /// <summary>The columns a file must have; the others may be left out.</summary>
    public static IReadOnlyList<string> Required { get; } = [Handle, Price];

    public static string OptionName(int number) => $"option{number}_name";

    public static string OptionValue(int number) => $"option{number}_value";
}
