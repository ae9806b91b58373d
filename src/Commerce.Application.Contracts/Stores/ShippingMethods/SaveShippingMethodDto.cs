using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores.ShippingMethods;

/// <summary>A shipping method's settings; which rates apply depends on its type.</summary>
public record SaveShippingMethodDto
{
    [Required]
    [StringLength(ShippingMethodConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [StringLength(ShippingMethodConsts.DescriptionMaxLength)]
    public string? Description { get; init; }

    public bool IsEnabled { get; init; } = true;

    /// <summary>Flat rate and local pickup: the price; zero for the other types.</summary>
    [Range(typeof(decimal), "0", "1000000000")]
    public decimal Price { get; init; }

    /// <summary>Free-above: the order value from which shipping is free.</summary>
    [Range(typeof(decimal), "0", "1000000000")]
    public decimal? FreeAboveAmount { get; init; }

    /// <summary>Weight-based: the brackets.</summary>
    [MaxLength(ShippingMethodConsts.MaxWeightRates)]
    public IReadOnlyList<WeightRateDto> WeightRates { get; init; } = [];

    /// <summary>Where it ships; empty ships everywhere.</summary>
    [MaxLength(ShippingMethodConsts.MaxDestinations)]
    public IReadOnlyList<ShippingDestinationDto> Destinations { get; init; } = [];
}
