using System.ComponentModel.DataAnnotations;
using Commerce.Application.Dtos;

namespace Commerce.MultiTenancy;

public sealed record GetTenantListInput : PagedRequestDto
{
    /// <summary>Part of the name or slug.</summary>
    [StringLength(TenantConsts.NameMaxLength)]
    public string? Filter { get; init; }

    public TenantStatus? Status { get; init; }
}
