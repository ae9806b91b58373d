using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores.ShippingMethods;

public sealed record ShippingDestinationDto
{
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    [Required]
    [RegularExpression(StoreAddressConsts.CountryCodePattern)]
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>ISO 3166-2 subdivision codes ("CA", "BY"); empty serves the whole country.</summary>
    [MaxLength(ShippingMethodConsts.MaxRegionsPerCountry)]
    public IReadOnlyList<string> RegionCodes { get; init; } = [];
}
