namespace Commerce.Catalog.ProductTransfers;

/// <summary>An import as its page polls it: status, progress, outcome, and every row error of a failed one.</summary>
public sealed record ProductImportDto
{
    public Guid Id { get; init; }

    public required string FileName { get; init; }

    public ProductImportStatus Status { get; init; }

    public int TotalRows { get; init; }

    /// <summary>The rows checked, then written; equal to <see cref="TotalRows"/> once the import has succeeded.</summary>
    public int ProcessedRows { get; init; }

    public int CreatedProducts { get; init; }

    public int UpdatedProducts { get; init; }

    public IReadOnlyList<ProductImportErrorDto> Errors { get; init; } = [];

    public DateTimeOffset CreationTime { get; init; }

    public Guid? CreatorId { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? CompletionTime { get; init; }
}
