using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

public sealed record CreateShipmentDto : OrderVersionDto
{
    [Required]
    [MinLength(1)]
    [MaxLength(OrderingConsts.MaxLines)]
    public IReadOnlyList<OrderLineQuantityDto> Lines { get; init; } = [];

    [StringLength(OrderingConsts.CarrierMaxLength)]
    public string? Carrier { get; init; }

    [StringLength(OrderingConsts.TrackingNumberMaxLength)]
    public string? TrackingNumber { get; init; }

    [StringLength(OrderingConsts.UrlMaxLength)]
    public string? TrackingUrl { get; init; }
}
