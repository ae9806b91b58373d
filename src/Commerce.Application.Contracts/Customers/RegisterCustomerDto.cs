using System.ComponentModel.DataAnnotations;

namespace Commerce.Customers;

public sealed record RegisterCustomerDto
{
    [Required]
    [EmailAddress]
    [StringLength(CustomerConsts.EmailMaxLength)]
    public string Email { get; init; } = string.Empty;

    [Required]
    [StringLength(CustomerConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(CustomerConsts.PasswordMaxLength, MinimumLength = CustomerConsts.PasswordMinLength)]
    public string Password { get; init; } = string.Empty;
}
