namespace Commerce.Catalog.ProductTransfers;

/// <summary>An uploaded CSV file; its name is only shown, never used as a path.</summary>
public sealed record StartProductImportDto
{
    public required Stream Content { get; init; }

    public string? FileName { get; init; }
}
