using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Stores.PaymentMethods;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Stores;

internal sealed class PaymentMethodRepository(CommerceDbContext db) : EfRepository<PaymentMethod>(db), IPaymentMethodRepository
{
    public Task<List<PaymentMethod>> GetListAsync(Guid storeId, CancellationToken ct) =>
        Query().Where(m => m.StoreId == storeId).OrderBy(m => m.Position).ThenBy(m => m.DisplayName).ToListAsync(ct);

    public Task<bool> ExistsAsync(Guid storeId, string provider, CancellationToken ct) =>
        Set.AnyAsync(m => m.StoreId == storeId && m.Provider == provider, ct);
}
