using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

public sealed record AddOrderNoteDto
{
    [Required]
    [StringLength(OrderingConsts.MessageMaxLength)]
    public string Text { get; init; } = string.Empty;
}
