using System.ComponentModel.DataAnnotations;
using Commerce.Application.Dtos;

namespace Commerce.Identity;

public sealed record GetUserListInput : PagedRequestDto
{
    /// <summary>Part of the email.</summary>
    [StringLength(IdentityUserConsts.EmailMaxLength)]
    public string? Filter { get; init; }
}
