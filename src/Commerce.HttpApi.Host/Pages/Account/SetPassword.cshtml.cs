using System.ComponentModel.DataAnnotations;
using Commerce.HttpApi.Host.Identity;
using Commerce.Identity;
using Commerce.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Commerce.HttpApi.Host.Pages.Account;

/// <summary>Where an invitation's or a password reset's link leads; the link works once.</summary>
[EnableRateLimiting(SignInRateLimiting.PolicyName)]
public sealed class SetPasswordModel(IAccountAppService account) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    [Required]
    public string Email { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    [Required]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [StringLength(IdentityUserConsts.PasswordMaxLength, MinimumLength = IdentityUserConsts.PasswordMinLength)]
    public string Password { get; set; } = string.Empty;

    public bool Done { get; private set; }

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await account.SetPasswordAsync(new SetPasswordDto { Tenant = Tenant, Email = Email, Token = Token, Password = Password }, ct);
        }
        catch (BusinessException ex) when (ex.Kind == BusinessErrorKind.Invalid)
        {
            // A page answers with the form and the reason, not with a problem document.
            ModelState.AddModelError(string.Empty, CommerceResource.Format(ex.Code, ex.Details));
            return Page();
        }

        Done = true;
        return Page();
    }
}
