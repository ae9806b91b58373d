using System.ComponentModel.DataAnnotations;

namespace Commerce.Customers;

public sealed record SaveCustomerAddressDto
{
    [Required]
    [StringLength(CustomerAddressConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(CustomerAddressConsts.LineMaxLength)]
    public string Line1 { get; init; } = string.Empty;

    [StringLength(CustomerAddressConsts.LineMaxLength)]
    public string? Line2 { get; init; }

    [Required]
    [StringLength(CustomerAddressConsts.CityMaxLength)]
    public string City { get; init; } = string.Empty;

    [StringLength(CustomerAddressConsts.RegionMaxLength)]
    public string? Region { get; init; }

    [Required]
    [StringLength(CustomerAddressConsts.PostalCodeMaxLength)]
    public string PostalCode { get; init; } = string.Empty;

    [Required]
    [RegularExpression(CustomerAddressConsts.CountryCodePattern)]
    public string CountryCode { get; init; } = string.Empty;

    [StringLength(CustomerConsts.PhoneMaxLength)]
    public string? Phone { get; init; }
}
