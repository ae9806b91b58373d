namespace Commerce.Catalog.Storefront;

/// <summary>The home page's catalog part: the top categories and the newest products.</summary>
public sealed record StorefrontHomeDto
{
    public IReadOnlyList<StorefrontCategoryDto> Categories { get; init; } = [];

    public IReadOnlyList<StorefrontProductCardDto> Products { get; init; } = [];
}
