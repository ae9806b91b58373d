using Commerce.Catalog.Storefront;
using Commerce.Ordering;
using Commerce.Web.Public.Pages.Store.Orders;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>One of the signed-in customer's orders in this store; anyone else's is 404.</summary>
public sealed class OrderModel(
    ICurrentStore currentStore, ICustomerOrderAppService orders, ICheckoutAppService checkout, IStorefrontCatalogAppService catalog)
    : CustomerPageModel(currentStore)
{
    public OrderView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        CustomerOrderDto order;
        try
        {
            order = await orders.GetAsync(id, ct);
        }
        catch (EntityNotFoundException)
        {
            return new StoreNotFoundResult();
        }

        if (order.StoreId != Store.Id)
            return new StoreNotFoundResult();
        View = await OrderView.CreateAsync(order, checkout, catalog, ct);
        return Page();
    }
}
