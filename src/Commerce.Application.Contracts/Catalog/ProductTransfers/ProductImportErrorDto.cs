namespace Commerce.Catalog.ProductTransfers;

/// <summary>A problem of one row: the data row (1 is the first after the header; 0 for the whole file), the column, the code and its message.</summary>
public sealed record ProductImportErrorDto
{
    public int Row { get; init; }

    public string? Column { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }
}
