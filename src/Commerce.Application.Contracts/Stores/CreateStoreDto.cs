using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores;

/// <summary>What a store needs to exist; everything else is set on the store's settings afterwards.</summary>
public sealed record CreateStoreDto
{
    [Required]
    [StringLength(StoreConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>Lower-case letters, digits and hyphens; unique on the platform: the store's default sub-domain.</summary>
    [Required]
    [StringLength(StoreConsts.SlugMaxLength, MinimumLength = StoreConsts.SlugMinLength)]
    [RegularExpression(StoreConsts.SlugPattern)]
    public string Slug { get; init; } = string.Empty;

    /// <summary>A culture name such as "en-US".</summary>
    [Required]
    [StringLength(StoreConsts.LocaleMaxLength)]
    public string DefaultLocale { get; init; } = "en-US";

    /// <summary>ISO 4217 code.</summary>
    [Required]
    [StringLength(StoreConsts.CurrencyLength, MinimumLength = StoreConsts.CurrencyLength)]
    public string Currency { get; init; } = "USD";

    /// <summary>IANA time zone id such as "Europe/Berlin".</summary>
    [Required]
    [StringLength(StoreConsts.TimeZoneMaxLength)]
    public string TimeZone { get; init; } = "UTC";
}
