using System.ComponentModel.DataAnnotations;
using Commerce.Stores;

namespace Commerce.Ordering;

/// <summary>
/// What the shopper has chosen so far: lines, where they go (a country, and a region where methods need one), and
/// for a review, how to ship. The full address is only needed to place the order.
/// </summary>
public sealed record CheckoutQuoteDto
{
    [Required]
    [MaxLength(OrderingConsts.MaxLines)]
    public IReadOnlyList<CheckoutLineDto> Lines { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    [Required]
    [RegularExpression(StoreAddressConsts.CountryCodePattern)]
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>The ISO 3166-2 subdivision code without the country ("CA").</summary>
    [StringLength(StoreAddressConsts.RegionMaxLength)]
    public string? Region { get; init; }

    public Guid? ShippingMethodId { get; init; }
}
