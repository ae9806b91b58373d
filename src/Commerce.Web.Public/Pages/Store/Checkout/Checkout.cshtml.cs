using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Commerce.Catalog.Storefront;
using Commerce.Customers;
using Commerce.Ordering;
using Commerce.Ordering.Carts;
using Commerce.Payments;
using Commerce.Web.Public.Carts;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Commerce.Web.Public.Theming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Pages.Store.Checkout;

/// <summary>
/// One form, no script: "Continue" prices shipping for the address and reviews the totals, "Place order" places it
/// once per idempotency key (made when the form is first shown, renewed only after a failed attempt). Lines come
/// from the cart and every amount from the checkout service.
/// </summary>
public sealed class CheckoutModel(
    ICurrentStore currentStore, ICheckoutAppService checkout, ICartAppService carts, ICustomerAddressAppService addresses, ICurrentCustomer customer,
    IStorefrontCatalogAppService catalog, IStringLocalizer<StorefrontResource> localizer)
    : StorePageModel(currentStore)
{
    [BindProperty]
    [Required]
    [EmailAddress]
    [StringLength(OrderingConsts.EmailMaxLength)]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public AddressDto Address { get; set; } = new();

    [BindProperty]
    public Guid? SavedAddressId { get; set; }

    [BindProperty]
    public Guid? ShippingMethodId { get; set; }

    [BindProperty]
    public Guid? PaymentMethodId { get; set; }

    [BindProperty]
    public CardInput Card { get; set; } = new();

    [BindProperty]
    public string IdempotencyKey { get; set; } = string.Empty;

    public CartDto Cart { get; private set; } = null!;

    public IReadOnlyList<CustomerAddressDto> SavedAddresses { get; private set; } = [];

    public IReadOnlyList<ShippingOptionDto>? ShippingOptions { get; private set; }

    public IReadOnlyList<PaymentOptionDto> PaymentOptions { get; private set; } = [];

    public CheckoutReviewDto? Review { get; private set; }

    /// <summary>The reviewed lines' pictures by variant id, read with the review.</summary>
    public IReadOnlyDictionary<Guid, StorefrontImageDto> Images { get; private set; } = new Dictionary<Guid, StorefrontImageDto>();

    public bool CartHasProblems => Cart.Lines.Any(l => l.Warning != CartLineWarning.None);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(ct))
            return LocalRedirect("/cart");
        IdempotencyKey = NewKey();
        Email = customer.Email ?? string.Empty;
        if (SavedAddresses.FirstOrDefault(a => a.IsDefault) is { } saved)
        {
            SavedAddressId = saved.Id;
            Address = ToAddress(saved);
            await QuoteAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostContinueAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return LocalRedirect("/cart");
        UseSavedAddress();
        if (ModelState.IsValid)
            await QuoteAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPlaceAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return LocalRedirect("/cart");
        UseSavedAddress();
        if (ShippingMethodId is null)
            ModelState.AddModelError(nameof(ShippingMethodId), localizer["Choose a shipping method."]);
        if (PaymentMethodId is null)
            ModelState.AddModelError(nameof(PaymentMethodId), localizer["Choose a payment method."]);
        if (string.IsNullOrWhiteSpace(IdempotencyKey))
            IdempotencyKey = NewKey();
        if (ModelState.IsValid && !CartHasProblems)
        {
            try
            {
                var result = await checkout.PlaceOrderAsync(Store.Id, Order(), IdempotencyKey, ct);
                if (result.FailureCode is null)
                    return LocalRedirect(customer.Id is null ? $"/orders/{result.OrderId}?token={Uri.EscapeDataString(result.GuestAccessToken!)}" : $"/account/orders/{result.OrderId}");
                ModelState.AddModelError(string.Empty, result.FailureMessage is { } said && !FormErrors.IsTranslated(localizer, result.FailureCode)
                    ? said
                    : FormErrors.Message(localizer, result.FailureCode));
            }
            catch (BusinessException ex)
            {
                FormErrors.Add(ModelState, ex, localizer);
            }

            IdempotencyKey = NewKey();
        }

        await QuoteAsync(ct);
        return Page();
    }

    /// <summary>The cart and the store's payment options; false when there is nothing to check out.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Cart = await carts.GetAsync(Store.Id, CartCookie.Read(HttpContext), ct);
        if (Cart.Lines.Count == 0)
            return false;
        PaymentOptions = await checkout.GetPaymentOptionsAsync(Store.Id, ct);
        if (customer.Id is not null)
            SavedAddresses = await addresses.GetListAsync(ct);
        if (CartHasProblems)
            ModelState.AddModelError(string.Empty, localizer["Some items in your cart cannot be bought as they are: update your cart first."]);
        return true;
    }

    private void UseSavedAddress()
    {
        if (SavedAddresses.FirstOrDefault(a => a.Id == SavedAddressId) is not { } saved)
            return;
        Address = ToAddress(saved);
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith($"{nameof(Address)}.", StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
    }

    /// <summary>Shipping options for the address (the chosen one kept when still offered) and the server's totals.</summary>
    private async Task QuoteAsync(CancellationToken ct)
    {
        try
        {
            var quote = new CheckoutQuoteDto { Lines = Lines(), CountryCode = Address.CountryCode, Region = Address.Region };
            ShippingOptions = await checkout.GetShippingOptionsAsync(Store.Id, quote, ct);
            if (ShippingOptions.Count == 0)
            {
                ModelState.AddModelError(string.Empty, localizer["We do not ship to this address."]);
                return;
            }

            if (ShippingOptions.All(o => o.Id != ShippingMethodId))
                ShippingMethodId = ShippingOptions[0].Id;
            PaymentMethodId ??= PaymentOptions.FirstOrDefault(p => p.Provider != CheckoutPayment.Stripe)?.Id;
            Review = await checkout.ReviewAsync(Store.Id, quote with { ShippingMethodId = ShippingMethodId }, ct);
            Images = await LineImages.ForCartAsync(catalog, Cart, ct);
        }
        catch (BusinessException ex)
        {
            FormErrors.Add(ModelState, ex, localizer);
        }
    }

    private IReadOnlyList<CheckoutLineDto> Lines() =>
        [.. Cart.Lines.Where(l => l.Warning == CartLineWarning.None).Select(l => new CheckoutLineDto { VariantId = l.VariantId, Quantity = l.Quantity })];

    private PlaceOrderDto Order() => new()
    {
        Email = Email,
        Phone = Address.Phone,
        Lines = Lines(),
        ShippingAddress = Address,
        ShippingMethodId = ShippingMethodId!.Value,
        PaymentMethodId = PaymentMethodId!.Value,
        CartToken = customer.Id is null ? CartCookie.Read(HttpContext) : null,
        Payment = PaymentOptions.FirstOrDefault(p => p.Id == PaymentMethodId)?.Provider == CheckoutPayment.TestGateway
            ? new PaymentDetailsDto { CardNumber = Card.Number, CardExpiry = Card.Expiry, CardCvc = Card.Cvc }
            : null,
    };

    private static AddressDto ToAddress(CustomerAddressDto a) => new()
    {
        Name = a.Name, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Region = a.Region, PostalCode = a.PostalCode, CountryCode = a.CountryCode, Phone = a.Phone,
    };

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
