using Commerce.Domain.Repositories;

namespace Commerce.Ordering.Carts;

public interface ICartRepository : IRepository<Cart>
{
    /// <summary>The store's cart of a visitor token's hash, tracked.</summary>
    Task<Cart?> FindByVisitorAsync(Guid storeId, string visitorTokenHash, CancellationToken ct);

    /// <summary>The store's cart of a customer, tracked.</summary>
    Task<Cart?> FindByCustomerAsync(Guid storeId, Guid customerId, CancellationToken ct);
}
