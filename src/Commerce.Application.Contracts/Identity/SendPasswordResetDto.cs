using System.ComponentModel.DataAnnotations;
using Commerce.MultiTenancy;

namespace Commerce.Identity;

public sealed record SendPasswordResetDto
{
    /// <summary>The store account's slug; empty for a platform account.</summary>
    [StringLength(TenantConsts.SlugMaxLength)]
    public string? Tenant { get; init; }

    [Required]
    [EmailAddress]
    [StringLength(IdentityUserConsts.EmailMaxLength)]
    public string Email { get; init; } = string.Empty;
}
