using Commerce.Customers;
using Commerce.Ordering.Carts;
using Commerce.Web.Public.Carts;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>Opens an account with the tenant (all its stores) and signs the shopper in.</summary>
public sealed class RegisterModel(
    ICurrentStore currentStore, ICustomerAccountAppService accounts, ICartAppService carts, IStringLocalizer<StorefrontResource> localizer)
    : StorePageModel(currentStore)
{
    [BindProperty]
    public RegisterCustomerDto Input { get; set; } = new();

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        CustomerDto customer;
        try
        {
            customer = await accounts.RegisterAsync(Input, Store.Id, ct);
        }
        catch (BusinessException ex) when (ex.Kind is BusinessErrorKind.Invalid or BusinessErrorKind.Conflict)
        {
            FormErrors.Add(ModelState, ex, localizer);
            return Page();
        }

        var principal = await StorefrontAuthentication.SignInAsync(HttpContext, accounts, customer, Store.TenantId, ct);
        await CartCookie.MergeIntoCustomerAsync(HttpContext, carts, Store.Id, principal, ct);
        return LocalRedirect("/account");
    }
}
