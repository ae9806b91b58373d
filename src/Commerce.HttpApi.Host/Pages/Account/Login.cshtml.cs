using Commerce.HttpApi.Host.Identity;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Commerce.HttpApi.Host.Pages.Account;

/// <summary>
/// The sign-in page of the authorization server. It asks for the store account unless the address names it
/// (a tenant's sub-domain), looks the user up in that tenant only, and locks the account after repeated failures.
/// </summary>
[EnableRateLimiting(SignInRateLimiting.PolicyName)]
public sealed class LoginModel(
    SignInManager<CommerceUser> signInManager, UserManager<CommerceUser> users, ITenantStore tenants, ICurrentTenant currentTenant)
    : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The store account the address names, if any.</summary>
    public string? ImpliedTenant { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => ImpliedTenant = await FindImpliedTenantAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ImpliedTenant = await FindImpliedTenantAsync(ct);
        if (!ModelState.IsValid)
            return Page();

        var tenantId = currentTenant.Id;
        if (tenantId is null && !string.IsNullOrWhiteSpace(Input.Tenant))
        {
            var tenant = await tenants.FindAsync(Input.Tenant.Trim(), ct);
            if (tenant is not { IsActive: true })
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Tenant)}",
                    tenant is null ? "No store account has that name." : "This store account is unavailable.");
                return Page();
            }

            tenantId = tenant.Id;
        }

        using (currentTenant.Change(tenantId))
        {
            var user = await users.FindByEmailAsync(Input.Email);
            var result = user is null
                ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                : await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin/");

            ModelState.AddModelError(string.Empty, result.IsLockedOut
                ? "Too many failed attempts: the account is locked for a while. Try again later."
                : result.IsNotAllowed ? "This account cannot sign in." : "The email or password is wrong.");
            return Page();
        }
    }

    private async Task<string?> FindImpliedTenantAsync(CancellationToken ct) =>
        currentTenant.Id is { } id ? (await tenants.FindAsync(id, ct))?.Slug : null;
}
