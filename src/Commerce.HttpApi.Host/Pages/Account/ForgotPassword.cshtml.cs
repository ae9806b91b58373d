using Commerce.HttpApi.Host.Identity;
using Commerce.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Commerce.HttpApi.Host.Pages.Account;

[EnableRateLimiting(SignInRateLimiting.PolicyName)]
public sealed class ForgotPasswordModel(IAccountAppService account) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        await account.SendPasswordResetAsync(new SendPasswordResetDto { Tenant = Input.Tenant, Email = Input.Email }, ct);
        Sent = true;
        return Page();
    }
}
