using System.Globalization;
using Commerce.EntityFrameworkCore.Catalog;
using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Ordering;

internal sealed class OrderRepository(CommerceDbContext db) : EfRepository<Order>(db), IOrderRepository
{
    public async Task<long> NextNumberAsync(CancellationToken ct)
    {
        var tenantId = Db.CurrentTenantId ?? throw new InvalidOperationException("Orders belong to a tenant.");
        var numbers = await Db.Database.SqlQuery<long>(
            $"""
            INSERT INTO ordering.order_number_counters AS c (tenant_id, next_value) VALUES ({tenantId}, {OrderingConsts.FirstOrderNumber + 1})
            ON CONFLICT (tenant_id) DO UPDATE SET next_value = c.next_value + 1
            RETURNING c.next_value - 1 AS "Value"
            """).ToListAsync(ct);
        return numbers[0];
    }

    public async Task LockAsync(Guid id, CancellationToken ct)
    {
        if (Db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("An order is locked inside a transaction.");
        var tenantId = Db.CurrentTenantId ?? throw new InvalidOperationException("Orders belong to a tenant.");
        await Db.Database.ExecuteSqlAsync($"SELECT 1 FROM ordering.orders WHERE tenant_id = {tenantId} AND id = {id} FOR UPDATE", ct);
    }

    public Task<IAsyncDisposable> HoldForPaymentActionAsync(Guid id, CancellationToken ct) =>
        AdvisoryLocks.HoldAsync(Db, $"ordering.orders.payment-action:{id:N}", ct);

    public IQueryable<Order> Search(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Query();
        var trimmed = text.Trim();
        if (long.TryParse(trimmed.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return Query().Where(o => o.Number == number);
        var pattern = LikePattern.Containing(trimmed);
        return Query().Where(o => EF.Functions.ILike(o.Email, pattern) || EF.Functions.ILike(o.ShippingAddress.Name, pattern)
            || (o.Phone != null && EF.Functions.ILike(o.Phone, pattern)) || (o.ShippingAddress.Phone != null && EF.Functions.ILike(o.ShippingAddress.Phone, pattern)));
    }

    public Task<Order?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken ct) =>
        Query().FirstOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, ct);
}
