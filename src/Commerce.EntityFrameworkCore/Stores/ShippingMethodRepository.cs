using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Stores.ShippingMethods;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Stores;

internal sealed class ShippingMethodRepository(CommerceDbContext db) : EfRepository<ShippingMethod>(db), IShippingMethodRepository
{
    public Task<List<ShippingMethod>> GetListAsync(Guid storeId, CancellationToken ct) =>
        Query().Where(m => m.StoreId == storeId).OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(ct);
}
