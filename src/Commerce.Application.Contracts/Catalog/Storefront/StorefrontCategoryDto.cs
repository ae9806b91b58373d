namespace Commerce.Catalog.Storefront;

/// <summary>A visible category as the storefront shows it; the description is sanitized HTML.</summary>
public sealed record StorefrontCategoryDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Handle { get; init; } = string.Empty;

    public Guid? ParentId { get; init; }

    public string? Description { get; init; }
}
