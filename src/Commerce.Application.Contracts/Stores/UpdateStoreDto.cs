using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores;

/// <summary>The store's whole settings page; refused with 409 when <see cref="Version"/> is stale.</summary>
public sealed record UpdateStoreDto
{
    [Required]
    [StringLength(StoreConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(StoreConsts.SlugMaxLength, MinimumLength = StoreConsts.SlugMinLength)]
    [RegularExpression(StoreConsts.SlugPattern)]
    public string Slug { get; init; } = string.Empty;

    /// <summary>Custom host names ("shop.example.com"), outside the platform's domain.</summary>
    [MaxLength(StoreConsts.MaxCustomDomains)]
    public IReadOnlyList<string> Domains { get; init; } = [];

    public StoreStatus Status { get; init; }

    [Required]
    [StringLength(StoreConsts.LocaleMaxLength)]
    public string DefaultLocale { get; init; } = string.Empty;

    [Required]
    [StringLength(StoreConsts.CurrencyLength, MinimumLength = StoreConsts.CurrencyLength)]
    public string Currency { get; init; } = string.Empty;

    [Required]
    [StringLength(StoreConsts.TimeZoneMaxLength)]
    public string TimeZone { get; init; } = string.Empty;

    [EmailAddress]
    [StringLength(StoreConsts.EmailMaxLength)]
    public string? ContactEmail { get; init; }

    [StringLength(StoreConsts.PhoneMaxLength)]
    public string? ContactPhone { get; init; }

    [Required]
    public StoreAddressDto Address { get; init; } = new();

    [StringLength(StoreConsts.UrlMaxLength)]
    public string? LogoUrl { get; init; }

    [Required]
    public StoreThemeDto Theme { get; init; } = new();

    [StringLength(StoreConsts.PolicyTextMaxLength)]
    public string? ReturnPolicy { get; init; }

    /// <summary>Null keeps the store's tax settings as they are.</summary>
    public StoreTaxSettingsDto? Tax { get; init; }

    public uint Version { get; init; }
}
