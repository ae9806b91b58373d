using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

/// <summary>What the shopper has chosen so far: lines, where to, and (for a review) how to ship.</summary>
public sealed record CheckoutQuoteDto
{
    [Required]
    [MaxLength(OrderingConsts.MaxLines)]
    public IReadOnlyList<CheckoutLineDto> Lines { get; init; } = [];

    [Required]
    public AddressDto ShippingAddress { get; init; } = new();

    public Guid? ShippingMethodId { get; init; }
}
