namespace Commerce.Stores;

public sealed record StoreDto
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>The slug under the platform's domain; null when the platform has no sub-domain form.</summary>
    public string? DefaultDomain { get; init; }

    public required IReadOnlyList<string> Domains { get; init; }

    public required StoreStatus Status { get; init; }

    public required string DefaultLocale { get; init; }

    public required string Currency { get; init; }

    public required string TimeZone { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public required StoreAddressDto Address { get; init; }

    public string? LogoUrl { get; init; }

    public required StoreThemeDto Theme { get; init; }

    public string? ReturnPolicy { get; init; }

    public required StoreTaxSettingsDto Tax { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required uint Version { get; init; }
}
