using Commerce.Domain.Repositories;

namespace Commerce.Inventory;

public interface IStockReservationRepository : IRepository<StockReservation>
{
    /// <summary>The variant's reservations that expired at or before the time, tracked.</summary>
    Task<List<StockReservation>> GetExpiredAsync(Guid variantId, DateTimeOffset now, CancellationToken ct);

    /// <summary>The reservations held under a reference (an order's), tracked, in variant order.</summary>
    Task<List<StockReservation>> GetByReferenceAsync(string reference, CancellationToken ct);
}
