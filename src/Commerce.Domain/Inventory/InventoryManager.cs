using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Guids;

namespace Commerce.Inventory;

/// <summary>
/// Every change of stock: adjustments by staff, and the reservation and sale primitives checkout uses. Each runs
/// inside the caller's transaction with the variants' rows locked, so concurrent changes queue instead of racing;
/// each change of stock on hand leaves a movement, and crossing the low-stock threshold raises its event once.
/// </summary>
public sealed class InventoryManager(
    IStockItemRepository items, IRepository<StockMovement> movements, IStockReservationRepository reservations,
    IInventorySettingsRepository settings, IProductRepository products, IAsyncQueryExecutor executor, IGuidGenerator guids, TimeProvider clock)
{
    /// <summary>Applies staff changes, all or none; a variant may appear once.</summary>
    public async Task<List<StockItem>> ChangeAsync(IReadOnlyList<StockChange> changes, Guid? userId, CancellationToken ct)
    {
        if (changes.Select(c => c.VariantId).Distinct().Count() != changes.Count)
            throw new BusinessException(CommerceErrorCodes.Inventory.DuplicateBulkItem, BusinessErrorKind.Invalid);
        if (changes.Any(c => c.Reason == StockMovementReason.Sold))
            throw new BusinessException(CommerceErrorCodes.Inventory.InvalidQuantity, BusinessErrorKind.Invalid).WithData("reason", StockMovementReason.Sold);
        await EnsureVariantsAsync([.. changes.Select(c => c.VariantId)], ct);
        var locked = (await items.LockAsync([.. changes.Select(c => c.VariantId)], ct)).ToDictionary(i => i.VariantId);
        var threshold = await DefaultThresholdAsync(ct);
        foreach (var change in changes)
        {
            var item = locked[change.VariantId];
            var delta = change.Reason == StockMovementReason.Counted ? change.Quantity - item.OnHand : change.Quantity;
            if (change.Reason == StockMovementReason.Counted && delta == 0)
                continue;
            item.Change(delta, clock.GetUtcNow());
            await RecordAsync(item, delta, change.Reason, userId, change.Reference, change.Note, threshold, ct);
        }

        return [.. changes.Select(c => locked[c.VariantId])];
    }

    /// <summary>
    /// Refuses, without locking, quantities the variants cannot have now: more than their units available, counting
    /// the holds that ran out (which a reservation releases first). A refusal that waited for the stock row's lock
    /// would queue behind every buyer of the same variant, as in a flash sale; what passes is decided under the lock
    /// (<see cref="ReserveAsync"/>), since units may go meanwhile.
    /// </summary>
    public async Task EnsureCouldReserveAsync(IReadOnlyDictionary<Guid, int> quantities, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ids = quantities.Keys.ToList();
        var available = (await executor.ToListAsync(
                items.Query().Where(i => ids.Contains(i.VariantId)).Select(i => new
                {
                    i.VariantId,
                    Units = i.OnHand - i.Reserved
                        + (reservations.Query().Where(r => r.VariantId == i.VariantId && r.ExpiresAt <= now).Sum(r => (int?)r.Quantity) ?? 0),
                }),
                ct))
            .ToDictionary(i => i.VariantId, i => i.Units);
        foreach (var (variantId, quantity) in quantities.OrderBy(q => q.Key))
        {
            var units = available.GetValueOrDefault(variantId);
            if (quantity > units)
                throw StockItem.InsufficientStock(variantId, Math.Max(units, 0));
        }
    }

    /// <summary>Holds units for a checkout; expired holds on the variant are released first so they never block a sale.</summary>
    public async Task<StockReservation> ReserveAsync(Guid variantId, int quantity, string reference, TimeSpan holdFor, CancellationToken ct)
    {
        var item = (await items.LockAsync([variantId], ct))[0];
        await ReleaseExpiredAsync(item, ct);
        item.Reserve(quantity);
        item.EvaluateLowStock(await DefaultThresholdAsync(ct));
        var reservation = new StockReservation(guids.Create(), variantId, quantity, reference, clock.GetUtcNow() + holdFor);
        await reservations.AddAsync(reservation, ct);
        return reservation;
    }

    /// <summary>Gives held units back (a checkout abandoned or failed).</summary>
    public async Task ReleaseAsync(StockReservation reservation, CancellationToken ct)
    {
        var item = (await items.LockAsync([reservation.VariantId], ct))[0];
        item.Unreserve(reservation.Quantity);
        item.EvaluateLowStock(await DefaultThresholdAsync(ct));
        reservations.Remove(reservation);
    }

    /// <summary>Turns held units into a sale: they leave stock on hand with a movement.</summary>
    public async Task CommitAsync(StockReservation reservation, string? reference, CancellationToken ct)
    {
        var item = (await items.LockAsync([reservation.VariantId], ct))[0];
        item.Unreserve(reservation.Quantity);
        item.Change(-reservation.Quantity, clock.GetUtcNow());
        reservations.Remove(reservation);
        await RecordAsync(item, -reservation.Quantity, StockMovementReason.Sold, null, reference ?? reservation.Reference, null, await DefaultThresholdAsync(ct), ct);
    }

    /// <summary>Sells units at once (no prior hold): refused with InsufficientStock when fewer are available.</summary>
    public async Task<StockItem> TakeAsync(Guid variantId, int quantity, string? reference, CancellationToken ct)
    {
        var item = (await items.LockAsync([variantId], ct))[0];
        await ReleaseExpiredAsync(item, ct);
        item.Take(quantity, clock.GetUtcNow());
        await RecordAsync(item, -quantity, StockMovementReason.Sold, null, reference, null, await DefaultThresholdAsync(ct), ct);
        return item;
    }

    /// <summary>Releases the variant's expired holds (the expiry job, and before every new hold).</summary>
    public async Task ReleaseExpiredAsync(Guid variantId, CancellationToken ct)
    {
        var item = (await items.LockAsync([variantId], ct))[0];
        await ReleaseExpiredAsync(item, ct);
        item.EvaluateLowStock(await DefaultThresholdAsync(ct));
    }

    public async Task<StockItem> ChangeThresholdAsync(Guid variantId, int? threshold, CancellationToken ct)
    {
        await EnsureVariantsAsync([variantId], ct);
        var item = (await items.LockAsync([variantId], ct))[0];
        item.ChangeLowStockThreshold(threshold);
        item.EvaluateLowStock(await DefaultThresholdAsync(ct));
        return item;
    }

    /// <summary>The tenant's settings row, made the first time they change.</summary>
    public InventorySettings NewSettings() => new(guids.Create());

    public async Task<int> DefaultThresholdAsync(CancellationToken ct) =>
        (await settings.FindCurrentAsync(ct))?.DefaultLowStockThreshold ?? InventoryConsts.DefaultLowStockThreshold;

    /// <summary>Staff change live variants of the tenant's products only (the foreign key guards every other path).</summary>
    private async Task EnsureVariantsAsync(IReadOnlyCollection<Guid> variantIds, CancellationToken ct)
    {
        if (await products.CountVariantsAsync(variantIds, ct) != variantIds.Count)
            throw new EntityNotFoundException(typeof(ProductVariant), variantIds.Count == 1 ? variantIds.First() : null);
    }

    private async Task ReleaseExpiredAsync(StockItem item, CancellationToken ct)
    {
        foreach (var expired in await reservations.GetExpiredAsync(item.VariantId, clock.GetUtcNow(), ct))
        {
            item.Unreserve(expired.Quantity);
            reservations.Remove(expired);
        }
    }

    private async Task RecordAsync(
        StockItem item, int delta, StockMovementReason reason, Guid? userId, string? reference, string? note, int defaultThreshold, CancellationToken ct)
    {
        item.EvaluateLowStock(defaultThreshold);
        await movements.AddAsync(new StockMovement(guids.Create(), item, delta, reason, userId, reference, note, clock.GetUtcNow()), ct);
    }
}
