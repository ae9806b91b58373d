using System.ComponentModel.DataAnnotations;

namespace Commerce.MultiTenancy;

public sealed record UpdateTenantDto
{
    [Required]
    [StringLength(TenantConsts.NameMaxLength)]
    public required string Name { get; init; }

    [Required]
    [StringLength(TenantConsts.SlugMaxLength, MinimumLength = TenantConsts.SlugMinLength)]
    [RegularExpression(TenantConsts.SlugPattern)]
    public required string Slug { get; init; }

    /// <summary>The version the caller read; the update is refused with 409 when the tenant changed since.</summary>
    public uint Version { get; init; }
}
