using System.ComponentModel.DataAnnotations;

namespace Commerce.Identity;

public sealed record UpdateUserDto
{
    [StringLength(IdentityUserConsts.NameMaxLength)]
    public string? Name { get; init; }

    [Required]
    public IReadOnlyList<string> Roles { get; init; } = [];

    [Required]
    public string ConcurrencyStamp { get; init; } = string.Empty;
}
