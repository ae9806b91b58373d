using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class StockReservationRepository(CommerceDbContext db) : EfRepository<StockReservation>(db), IStockReservationRepository
{
    public Task<List<StockReservation>> GetExpiredAsync(Guid variantId, DateTimeOffset now, CancellationToken ct) =>
        Set.Where(r => r.VariantId == variantId && r.ExpiresAt <= now).ToListAsync(ct);

    public Task<List<StockReservation>> GetByReferenceAsync(string reference, CancellationToken ct) =>
        Set.Where(r => r.Reference == reference).OrderBy(r => r.VariantId).ToListAsync(ct);
}
