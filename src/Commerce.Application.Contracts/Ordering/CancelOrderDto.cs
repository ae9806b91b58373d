using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

public sealed record CancelOrderDto : OrderVersionDto
{
    [Required]
    [StringLength(OrderingConsts.MessageMaxLength)]
    public string Reason { get; init; } = string.Empty;
}
