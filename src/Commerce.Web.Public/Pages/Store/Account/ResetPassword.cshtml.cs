using System.ComponentModel.DataAnnotations;
using Commerce.Customers;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>The reset link's page: a new password for the account the link names, if its token holds.</summary>
public sealed class ResetPasswordModel(ICurrentStore currentStore, ICustomerAccountAppService accounts, IStringLocalizer<StorefrontResource> localizer)
    : StorePageModel(currentStore)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    [Required]
    [StringLength(2048)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [StringLength(CustomerConsts.PasswordMaxLength, MinimumLength = CustomerConsts.PasswordMinLength)]
    public string Password { get; set; } = string.Empty;

    public bool Done { get; private set; }

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await accounts.ResetPasswordAsync(new ResetCustomerPasswordDto { CustomerId = Id, Token = Token, NewPassword = Password }, ct);
        }
        catch (BusinessException ex) when (ex.Kind == BusinessErrorKind.Invalid)
        {
            FormErrors.Add(ModelState, ex, localizer);
            return Page();
        }

        Done = true;
        return Page();
    }
}
