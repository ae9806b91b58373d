using System.ComponentModel.DataAnnotations;

namespace Commerce.MultiTenancy;

public sealed record UpdateTenantDto
{
    [Required]
    [StringLength(TenantConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    [StringLength(TenantConsts.SlugMaxLength, MinimumLength = TenantConsts.SlugMinLength)]
    [RegularExpression(TenantConsts.SlugPattern)]
    public string Slug { get; init; } = string.Empty;

    /// <summary>The plan; none gets every feature's default.</summary>
    public Guid? EditionId { get; init; }

    /// <summary>The version the caller read; the update is refused with 409 when the tenant changed since.</summary>
    public uint Version { get; init; }
}
