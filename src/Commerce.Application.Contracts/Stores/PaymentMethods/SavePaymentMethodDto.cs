using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores.PaymentMethods;

public record SavePaymentMethodDto
{
    [Required]
    [StringLength(PaymentMethodConsts.DisplayNameMaxLength)]
    public string DisplayName { get; init; } = string.Empty;

    [StringLength(PaymentMethodConsts.InstructionsMaxLength)]
    public string? Instructions { get; init; }

    public bool IsEnabled { get; init; } = true;

    public int Position { get; init; }

    /// <summary>The provider's settings by name. A secret left empty keeps its stored value.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
