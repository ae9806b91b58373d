using Commerce.Domain.Repositories;

namespace Commerce.Stores.ShippingMethods;

public interface IShippingMethodRepository : IRepository<ShippingMethod>
{
    Task<List<ShippingMethod>> GetListAsync(Guid storeId, CancellationToken ct);
}
