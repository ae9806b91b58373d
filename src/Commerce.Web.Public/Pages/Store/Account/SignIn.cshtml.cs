using System.ComponentModel.DataAnnotations;
using Commerce.Customers;
using Commerce.Ordering.Carts;
using Commerce.Web.Public.Carts;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>Signs a customer in with the storefront's own cookie; rate limited per address, locked per account.</summary>
[EnableRateLimiting(StorefrontRateLimits.SignIn)]
public sealed class SignInModel(
    ICurrentStore currentStore, ICustomerAccountAppService accounts, ICartAppService carts, IStringLocalizer<StorefrontResource> localizer)
    : StorePageModel(currentStore)
{
    [BindProperty]
    [Required]
    [EmailAddress]
    [StringLength(CustomerConsts.EmailMaxLength)]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [StringLength(CustomerConsts.PasswordMaxLength)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await accounts.CheckPasswordAsync(Email, Password, ct);
        if (result.Customer is not { } customer)
        {
            ModelState.AddModelError(string.Empty, result.IsLockedOut
                ? localizer["Too many failed attempts: this account is locked for a while. Try again later or reset your password."]
                : localizer["The email or password is not right."]);
            return Page();
        }

        var principal = await StorefrontAuthentication.SignInAsync(HttpContext, accounts, customer, Store.TenantId, ct);
        await CartCookie.MergeIntoCustomerAsync(HttpContext, carts, Store.Id, principal, ct);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }
}
