namespace Commerce.Ordering.Carts;

/// <summary>
/// The shopper's own cart in a store (in process, for the storefront): a signed-in customer's by the customer, else a
/// visitor's by the token the storefront keeps. No staff permission: nobody reaches a cart without its token or owner.
/// </summary>
public interface ICartAppService
{
    Task<CartDto> GetAsync(Guid storeId, string? visitorToken, CancellationToken ct);

    /// <summary>Adds units to a line; makes the cart (and a visitor token) when there is none.</summary>
    Task<CartDto> AddAsync(Guid storeId, string? visitorToken, SetCartLineDto input, CancellationToken ct);

    /// <summary>Sets a line's quantity; zero removes the line.</summary>
    Task<CartDto> SetQuantityAsync(Guid storeId, string? visitorToken, SetCartLineDto input, CancellationToken ct);

    /// <summary>On sign-in: the customer's cart absorbs the visitor's, quantities summed and capped by availability.</summary>
    Task<CartDto> MergeAsync(Guid storeId, string visitorToken, CancellationToken ct);
}
