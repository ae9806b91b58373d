namespace Commerce.Catalog.ProductTransfers;

/// <summary>One data row of a product CSV file: its number (1 is the first row after the header) and its trimmed cells by column.</summary>
internal sealed class ProductCsvRow(int number, IReadOnlyDictionary<string, string> cells)
{
    public int Number { get; } = number;

    /// <summary>The cell of the column, trimmed; null when the column is absent or the cell blank.</summary>
    public string? this[string column] => cells.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}
