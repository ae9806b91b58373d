using System.ComponentModel.DataAnnotations;
using Commerce.Stores;

namespace Commerce.Ordering;

/// <summary>A shipping address; Region is the ISO 3166-2 subdivision code without the country ("CA").</summary>
public sealed record AddressDto
{
    [Required]
    [StringLength(OrderingConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(StoreAddressConsts.LineMaxLength)]
    public string Line1 { get; init; } = string.Empty;

    [StringLength(StoreAddressConsts.LineMaxLength)]
    public string? Line2 { get; init; }

    [Required]
    [StringLength(StoreAddressConsts.CityMaxLength)]
    public string City { get; init; } = string.Empty;

    [StringLength(StoreAddressConsts.RegionMaxLength)]
    public string? Region { get; init; }

    [StringLength(StoreAddressConsts.PostalCodeMaxLength)]
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    [Required]
    [RegularExpression(StoreAddressConsts.CountryCodePattern)]
    public string CountryCode { get; init; } = string.Empty;

    [StringLength(OrderingConsts.PhoneMaxLength)]
    public string? Phone { get; init; }
}
