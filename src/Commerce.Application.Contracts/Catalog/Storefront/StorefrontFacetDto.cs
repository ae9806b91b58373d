namespace Commerce.Catalog.Storefront;

/// <summary>An option shoppers can narrow a list by (Color), with the values the listed products offer.</summary>
public sealed record StorefrontFacetDto
{
    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<string> Values { get; init; } = [];
}
