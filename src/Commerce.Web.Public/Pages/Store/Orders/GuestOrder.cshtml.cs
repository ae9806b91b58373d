using Commerce.Catalog.Storefront;
using Commerce.Ordering;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Pages.Store.Orders;

/// <summary>A guest's order, opened with the access token checkout gave; a wrong token, order or store is 404.</summary>
public sealed class GuestOrderModel(
    ICurrentStore currentStore, ICustomerOrderAppService orders, ICheckoutAppService checkout, IStorefrontCatalogAppService catalog)
    : StorePageModel(currentStore)
{
    public OrderView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token))
            return new StoreNotFoundResult();
        CustomerOrderDto order;
        try
        {
            order = await orders.GetByGuestTokenAsync(token, ct);
        }
        catch (EntityNotFoundException)
        {
            return new StoreNotFoundResult();
        }

        if (order.Id != id || order.StoreId != Store.Id)
            return new StoreNotFoundResult();
        View = await OrderView.CreateAsync(order, checkout, catalog, ct);
        return Page();
    }
}
