namespace Commerce.Catalog.Products;

public sealed record GenerateVariantsDto
{
    /// <summary>The product's version the caller read.</summary>
    public uint Version { get; init; }
}
