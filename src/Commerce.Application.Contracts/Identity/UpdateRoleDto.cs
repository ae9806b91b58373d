using System.ComponentModel.DataAnnotations;

namespace Commerce.Identity;

public sealed record UpdateRoleDto
{
    [Required]
    [StringLength(IdentityUserConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<string> Permissions { get; init; } = [];

    [Required]
    public string ConcurrencyStamp { get; init; } = string.Empty;
}
