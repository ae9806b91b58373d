using System.ComponentModel.DataAnnotations;

namespace Commerce.MultiTenancy;

public sealed record SuspendTenantDto
{
    /// <summary>Why: shown to the platform's operators, kept until the tenant is reactivated.</summary>
    [Required]
    [StringLength(TenantConsts.SuspensionReasonMaxLength)]
    public string Reason { get; init; } = string.Empty;
}
