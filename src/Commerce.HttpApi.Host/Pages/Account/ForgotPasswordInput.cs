using System.ComponentModel.DataAnnotations;
using Commerce.Identity;
using Commerce.MultiTenancy;

namespace Commerce.HttpApi.Host.Pages.Account;

public sealed class ForgotPasswordInput
{
    [StringLength(TenantConsts.SlugMaxLength)]
    public string? Tenant { get; set; }

    [Required]
    [EmailAddress]
    [StringLength(IdentityUserConsts.EmailMaxLength)]
    public string Email { get; set; } = string.Empty;
}
