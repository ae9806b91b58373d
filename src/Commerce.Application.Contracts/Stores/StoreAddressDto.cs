using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores;

public sealed record StoreAddressDto
{
    [StringLength(StoreAddressConsts.LineMaxLength)]
    public string? Line1 { get; init; }

    [StringLength(StoreAddressConsts.LineMaxLength)]
    public string? Line2 { get; init; }

    [StringLength(StoreAddressConsts.CityMaxLength)]
    public string? City { get; init; }

    [StringLength(StoreAddressConsts.RegionMaxLength)]
    public string? Region { get; init; }

    [StringLength(StoreAddressConsts.PostalCodeMaxLength)]
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    [RegularExpression(StoreAddressConsts.CountryCodePattern)]
    public string? CountryCode { get; init; }
}
