using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Ordering.Carts;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Ordering;

internal sealed class CartRepository(CommerceDbContext db) : EfRepository<Cart>(db), ICartRepository
{
    public Task<Cart?> FindByVisitorAsync(Guid storeId, string visitorTokenHash, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(c => c.StoreId == storeId && c.VisitorTokenHash == visitorTokenHash, ct);

    public Task<Cart?> FindByCustomerAsync(Guid storeId, Guid customerId, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(c => c.StoreId == storeId && c.CustomerId == customerId, ct);
}
