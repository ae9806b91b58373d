using Commerce.Customers;
using Commerce.Web.Public.Stores;

namespace Commerce.Web.Public.Pages.Store.Account;

public sealed class IndexModel(ICurrentStore currentStore, ICurrentCustomer currentCustomer) : CustomerPageModel(currentStore)
{
    public string Email => currentCustomer.Email ?? string.Empty;
}
