using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

/// <summary>
/// A refund by amount, or by lines (the amount is then their share of what was paid, unless given), optionally
/// putting the refunded units back in stock. Refused with 409 when the version is stale, so a
/// double submit refunds once.
/// </summary>
public sealed record RefundOrderDto : OrderVersionDto
{
    [Range(typeof(decimal), "0.0001", "79228162514264337593543950335")]
    public decimal? Amount { get; init; }

    [MaxLength(OrderingConsts.MaxLines)]
    public IReadOnlyList<OrderLineQuantityDto> Lines { get; init; } = [];

    public bool Restock { get; init; }

    [StringLength(OrderingConsts.MessageMaxLength)]
    public string? Reason { get; init; }
}
