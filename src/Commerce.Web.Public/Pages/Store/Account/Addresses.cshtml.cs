using Commerce.Customers;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>The customer's address book: list, add, delete, make default (each a POST form).</summary>
public sealed class AddressesModel(ICurrentStore currentStore, ICustomerAddressAppService addresses, IStringLocalizer<StorefrontResource> localizer)
    : CustomerPageModel(currentStore)
{
    [BindProperty]
    public SaveCustomerAddressDto Input { get; set; } = new();

    public IReadOnlyList<CustomerAddressDto> Addresses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Addresses = await addresses.GetListAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await addresses.CreateAsync(Input, ct);
                return RedirectToPage();
            }
            catch (BusinessException ex) when (ex.Kind == BusinessErrorKind.Invalid)
            {
                FormErrors.Add(ModelState, ex, localizer);
            }
        }

        Addresses = await addresses.GetListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await addresses.DeleteAsync(id, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDefaultAsync(Guid id, CancellationToken ct)
    {
        await addresses.SetDefaultAsync(id, ct);
        return RedirectToPage();
    }
}
