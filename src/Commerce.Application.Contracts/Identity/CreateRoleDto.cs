using System.ComponentModel.DataAnnotations;

namespace Commerce.Identity;

public sealed record CreateRoleDto
{
    [Required]
    [StringLength(IdentityUserConsts.NameMaxLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>Tenant permission names (see GET /api/identity/roles/permission-definitions).</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];
}
