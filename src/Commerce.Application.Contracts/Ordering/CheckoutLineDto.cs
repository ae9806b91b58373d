using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

/// <summary>A variant and how many: prices never come from the client.</summary>
public sealed record CheckoutLineDto
{
    [Required]
    public Guid VariantId { get; init; }

    [Range(1, OrderingConsts.MaxLineQuantity)]
    public int Quantity { get; init; }
}
