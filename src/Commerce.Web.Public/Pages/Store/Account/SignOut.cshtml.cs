using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>POST only (with the antiforgery token), so no link or image can sign a shopper out.</summary>
public sealed class SignOutModel(ICurrentStore currentStore) : StorePageModel(currentStore)
{
    public IActionResult OnGet() => LocalRedirect("/account");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StorefrontAuthentication.Scheme);
        return LocalRedirect("/");
    }
}
