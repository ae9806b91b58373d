using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores.PaymentMethods;

public sealed record CreatePaymentMethodDto : SavePaymentMethodDto
{
    /// <summary>"manual", "test-gateway" or "stripe", as far as the platform policy allows.</summary>
    [Required]
    [StringLength(PaymentMethodConsts.ProviderMaxLength)]
    public string Provider { get; init; } = string.Empty;
}
