using System.ComponentModel.DataAnnotations;

namespace Commerce.Identity;

public sealed record InviteUserDto
{
    [Required]
    [EmailAddress]
    [StringLength(IdentityUserConsts.EmailMaxLength)]
    public string Email { get; init; } = string.Empty;

    [StringLength(IdentityUserConsts.NameMaxLength)]
    public string? Name { get; init; }

    /// <summary>The roles the member gets; "staff" when none are named.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
}
