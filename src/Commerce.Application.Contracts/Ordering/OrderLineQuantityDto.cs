using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

/// <summary>A quantity of one order line (shipped, refunded).</summary>
public sealed record OrderLineQuantityDto
{
    [Required]
    public Guid OrderLineId { get; init; }

    [Range(1, OrderingConsts.MaxLineQuantity)]
    public int Quantity { get; init; }
}
