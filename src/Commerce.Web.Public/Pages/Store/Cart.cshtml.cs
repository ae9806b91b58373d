using Commerce.Catalog.Storefront;
using Commerce.Ordering;
using Commerce.Ordering.Carts;
using Commerce.Web.Public.Carts;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Commerce.Web.Public.Theming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Pages.Store;

/// <summary>
/// The cart: lines priced by the server, and a POST form per change (add from the product page, set a quantity,
/// remove). Each change redirects back here, with the reason in a message when the cart service refused it.
/// </summary>
public sealed class CartModel(
    ICurrentStore currentStore, ICartAppService carts, IStorefrontCatalogAppService catalog, IStringLocalizer<StorefrontResource> localizer)
    : StorePageModel(currentStore)
{
    [TempData]
    public string? Message { get; set; }

    public CartDto Cart { get; private set; } = null!;

    /// <summary>The lines' pictures by variant id.</summary>
    public IReadOnlyDictionary<Guid, StorefrontImageDto> Images { get; private set; } = new Dictionary<Guid, StorefrontImageDto>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Cart = await carts.GetAsync(Store.Id, CartCookie.Read(HttpContext), ct);
        Images = await LineImages.ForCartAsync(catalog, Cart, ct);
    }

    public Task<IActionResult> OnPostAddAsync(Guid variantId, int quantity, CancellationToken ct) =>
        ChangeAsync(quantity is < 1 or > OrderingConsts.MaxLineQuantity ? null : new SetCartLineDto { VariantId = variantId, Quantity = quantity },
            (line, token) => carts.AddAsync(Store.Id, token, line, ct), localizer["Added to your cart."]);

    public Task<IActionResult> OnPostUpdateAsync(Guid variantId, int quantity, CancellationToken ct) =>
        ChangeAsync(quantity is < 0 or > OrderingConsts.MaxLineQuantity ? null : new SetCartLineDto { VariantId = variantId, Quantity = quantity },
            (line, token) => carts.SetQuantityAsync(Store.Id, token, line, ct), localizer["Your cart is updated."]);

    public Task<IActionResult> OnPostRemoveAsync(Guid variantId, CancellationToken ct) =>
        ChangeAsync(new SetCartLineDto { VariantId = variantId, Quantity = 0 },
            (line, token) => carts.SetQuantityAsync(Store.Id, token, line, ct), localizer["The item is removed."]);

    private async Task<IActionResult> ChangeAsync(SetCartLineDto? line, Func<SetCartLineDto, string?, Task<CartDto>> change, string done)
    {
        if (line is null)
        {
            Message = localizer["Choose a quantity from 1 to {0}.", OrderingConsts.MaxLineQuantity];
            return LocalRedirect("/cart");
        }

        try
        {
            CartCookie.Keep(HttpContext, await change(line, CartCookie.Read(HttpContext)));
            Message = done;
        }
        catch (BusinessException ex)
        {
            Message = FormErrors.Message(localizer, ex.Code, ex.Details);
        }

        return LocalRedirect("/cart");
    }
}
