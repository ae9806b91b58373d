using Commerce.Customers;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Pages.Store.Account;

public sealed class EditAddressModel(ICurrentStore currentStore, ICustomerAddressAppService addresses) : CustomerPageModel(currentStore)
{
    [BindProperty]
    public SaveCustomerAddressDto Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if ((await addresses.GetListAsync(ct)).FirstOrDefault(a => a.Id == id) is not { } address)
            return new StoreNotFoundResult();
        Input = new SaveCustomerAddressDto
        {
            Name = address.Name, Line1 = address.Line1, Line2 = address.Line2, City = address.City, Region = address.Region,
            PostalCode = address.PostalCode, CountryCode = address.CountryCode, Phone = address.Phone,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        await addresses.UpdateAsync(id, Input, ct);
        return LocalRedirect("/account/addresses");
    }
}
