using System.ComponentModel.DataAnnotations;
using Commerce.Application.Dtos;
using Commerce.Payments;

namespace Commerce.Ordering;

public sealed record GetOrderListInput : PagedRequestDto
{
    public OrderStatus? Status { get; init; }

    public PaymentStatus? PaymentStatus { get; init; }

    public Guid? StoreId { get; init; }

    public DateTimeOffset? PlacedFrom { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTimeOffset? PlacedTo { get; init; }

    /// <summary>An order number ("#1001" or "1001"), or part of an email, customer name or phone.</summary>
    [StringLength(OrderingConsts.EmailMaxLength)]
    public string? Text { get; init; }

    public OrderSort Sort { get; init; } = OrderSort.PlacedAt;

    public bool Descending { get; init; } = true;
}
