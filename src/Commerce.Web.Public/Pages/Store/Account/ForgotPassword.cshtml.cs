using System.ComponentModel.DataAnnotations;
using Commerce.Customers;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>Asks for a reset link; the answer is the same whether the email has an account or not.</summary>
[EnableRateLimiting(StorefrontRateLimits.SignIn)]
public sealed class ForgotPasswordModel(ICurrentStore currentStore, ICustomerAccountAppService accounts) : StorePageModel(currentStore)
{
    [BindProperty]
    [Required]
    [EmailAddress]
    [StringLength(CustomerConsts.EmailMaxLength)]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        await accounts.RequestPasswordResetAsync(Email, Store.Id, $"{Request.Scheme}://{Request.Host}", ct);
        Sent = true;
        return Page();
    }
}
