using System.ComponentModel.DataAnnotations;

namespace Commerce.Customers;

public sealed record ResetCustomerPasswordDto
{
    public Guid CustomerId { get; init; }

    [Required]
    [StringLength(2048)]
    public string Token { get; init; } = string.Empty;

    [Required]
    [StringLength(CustomerConsts.PasswordMaxLength, MinimumLength = CustomerConsts.PasswordMinLength)]
    public string NewPassword { get; init; } = string.Empty;
}
