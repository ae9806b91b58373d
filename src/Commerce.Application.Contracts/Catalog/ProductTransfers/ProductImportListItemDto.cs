namespace Commerce.Catalog.ProductTransfers;

public sealed record ProductImportListItemDto
{
    public Guid Id { get; init; }

    public required string FileName { get; init; }

    public ProductImportStatus Status { get; init; }

    public int TotalRows { get; init; }

    public int ProcessedRows { get; init; }

    public int CreatedProducts { get; init; }

    public int UpdatedProducts { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    public DateTimeOffset? CompletionTime { get; init; }
}
