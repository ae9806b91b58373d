using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering.Carts;

public sealed record SetCartLineDto
{
    [Required]
    public Guid VariantId { get; init; }

    /// <summary>Added to the line, or (when setting) the line's new quantity; zero removes it.</summary>
    [Range(0, OrderingConsts.MaxLineQuantity)]
    public int Quantity { get; init; }
}
