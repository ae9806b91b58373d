namespace Commerce.Stores.Storefront;

/// <summary>What the storefront shows of a store and needs to serve it: identity, locale, currency, look.</summary>
public sealed record StorefrontStoreDto
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Slug { get; init; } = string.Empty;

    public StoreStatus Status { get; init; }

    public string DefaultLocale { get; init; } = string.Empty;

    public string Currency { get; init; } = string.Empty;

    public string? LogoUrl { get; init; }

    public string? ContactEmail { get; init; }

    public string? ReturnPolicy { get; init; }

    public StoreThemeDto Theme { get; init; } = new();
}
