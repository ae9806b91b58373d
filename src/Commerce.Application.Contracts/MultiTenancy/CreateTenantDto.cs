using System.ComponentModel.DataAnnotations;

namespace Commerce.MultiTenancy;

public sealed record CreateTenantDto
{
    [Required]
    [StringLength(TenantConsts.NameMaxLength)]
    public required string Name { get; init; }

    /// <summary>Lower-case letters, digits and hyphens: the tenant's sub-domain and sign-in name.</summary>
    [Required]
    [StringLength(TenantConsts.SlugMaxLength, MinimumLength = TenantConsts.SlugMinLength)]
    [RegularExpression(TenantConsts.SlugPattern)]
    public required string Slug { get; init; }
}
