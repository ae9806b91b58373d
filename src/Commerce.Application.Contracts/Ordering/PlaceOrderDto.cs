using System.ComponentModel.DataAnnotations;
using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>A checkout: totals are computed by the server from these choices alone.</summary>
public sealed record PlaceOrderDto
{
    [Required]
    [EmailAddress]
    [StringLength(OrderingConsts.EmailMaxLength)]
    public string Email { get; init; } = string.Empty;

    [StringLength(OrderingConsts.PhoneMaxLength)]
    public string? Phone { get; init; }

    [Required]
    [MaxLength(OrderingConsts.MaxLines)]
    public IReadOnlyList<CheckoutLineDto> Lines { get; init; } = [];

    [Required]
    public AddressDto ShippingAddress { get; init; } = new();

    [Required]
    public Guid ShippingMethodId { get; init; }

    [Required]
    public Guid PaymentMethodId { get; init; }

    /// <summary>
    /// The visitor's cart token when the order is placed from a cart (a signed-in customer's cart is found by the
    /// customer); the cart is emptied only when the order is placed and not cancelled.
    /// </summary>
    [StringLength(OrderingConsts.VisitorTokenMaxLength)]
    public string? CartToken { get; init; }

    /// <summary>Card fields or a provider's token; never stored by Ordering, nor part of the idempotency hash.</summary>
    public PaymentDetailsDto? Payment { get; init; }
}
