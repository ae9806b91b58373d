using System.ComponentModel.DataAnnotations;
using Commerce.MultiTenancy;

namespace Commerce.Identity;

public sealed record SetPasswordDto
{
    [StringLength(TenantConsts.SlugMaxLength)]
    public string? Tenant { get; init; }

    [Required]
    [EmailAddress]
    [StringLength(IdentityUserConsts.EmailMaxLength)]
    public string Email { get; init; } = string.Empty;

    /// <summary>The token of the emailed link.</summary>
    [Required]
    public string Token { get; init; } = string.Empty;

    [Required]
    [StringLength(IdentityUserConsts.PasswordMaxLength, MinimumLength = IdentityUserConsts.PasswordMinLength)]
    public string Password { get; init; } = string.Empty;
}
