using System.ComponentModel.DataAnnotations;
using Commerce.Identity;

namespace Commerce.MultiTenancy;

public sealed record CreateTenantDto
{
    [Required]
    [StringLength(TenantConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>Lower-case letters, digits and hyphens: the tenant's sub-domain and sign-in name.</summary>
    [Required]
    [StringLength(TenantConsts.SlugMaxLength, MinimumLength = TenantConsts.SlugMinLength)]
    [RegularExpression(TenantConsts.SlugPattern)]
    public string Slug { get; init; } = string.Empty;

    /// <summary>The plan; none gets every feature's default.</summary>
    public Guid? EditionId { get; init; }

    /// <summary>The tenant's first owner, created with the tenant.</summary>
    [Required]
    [EmailAddress]
    [StringLength(IdentityUserConsts.EmailMaxLength)]
    public string OwnerEmail { get; init; } = string.Empty;

    [Required]
    [StringLength(IdentityUserConsts.PasswordMaxLength, MinimumLength = IdentityUserConsts.PasswordMinLength)]
    public string OwnerPassword { get; init; } = string.Empty;

    [StringLength(IdentityUserConsts.NameMaxLength)]
    public string? OwnerName { get; init; }
}
