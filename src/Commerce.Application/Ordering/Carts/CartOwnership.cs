using Commerce.Customers;

namespace Commerce.Ordering.Carts;

/// <summary>
/// Finds the caller's own cart: a signed-in customer's by the customer, else a visitor's by the hash of its token.
/// Tokens are made here, never chosen by a client: an unknown token gets a new cart with a new token.
/// </summary>
internal sealed class CartOwnership(ICartRepository carts, CartManager manager, ICurrentCustomer customer)
{
    public async Task<Cart?> FindAsync(Guid storeId, string? visitorToken, CancellationToken ct) =>
        customer.Id is { } customerId
            ? await carts.FindByCustomerAsync(storeId, customerId, ct)
            : string.IsNullOrWhiteSpace(visitorToken) ? null : await carts.FindByVisitorAsync(storeId, OrderManager.HashToken(visitorToken.Trim()), ct);

    /// <summary>The caller's cart, made (and added) when missing; NewToken is set when a visitor's cart was made.</summary>
    public async Task<(Cart Cart, string? NewToken)> GetOrCreateAsync(Guid storeId, string? visitorToken, CancellationToken ct)
    {
        if (await FindAsync(storeId, visitorToken, ct) is { } existing)
            return (existing, null);
        if (customer.Id is { } customerId)
            return await AddAsync(manager.Create(storeId, customerId, null), null, ct);
        var (token, hash) = OrderManager.NewGuestToken();
        return await AddAsync(manager.Create(storeId, null, hash), token, ct);
    }

    public Task<Cart?> FindVisitorCartAsync(Guid storeId, string visitorToken, CancellationToken ct) =>
        carts.FindByVisitorAsync(storeId, OrderManager.HashToken(visitorToken.Trim()), ct);

    private async Task<(Cart, string?)> AddAsync(Cart cart, string? token, CancellationToken ct)
    {
        await carts.AddAsync(cart, ct);
        return (cart, token);
    }
}
