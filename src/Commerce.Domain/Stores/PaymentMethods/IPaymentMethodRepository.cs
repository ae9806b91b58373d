using Commerce.Domain.Repositories;

namespace Commerce.Stores.PaymentMethods;

public interface IPaymentMethodRepository : IRepository<PaymentMethod>
{
    Task<List<PaymentMethod>> GetListAsync(Guid storeId, CancellationToken ct);

    Task<bool> ExistsAsync(Guid storeId, string provider, CancellationToken ct);
}
