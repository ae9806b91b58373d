using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Ordering;

public sealed record ReleaseExpiredOrdersArgs;

/// <summary>
/// Every few minutes, on the host: finds the tenants with expired order holds (one audited cross-tenant read), then, as
/// each tenant and in a scope of its own, cancels the unconfirmed orders whose hold ran out and releases their stock.
/// </summary>
public sealed partial class ReleaseExpiredOrdersJob(
    ICrossTenantReader crossTenant, ICurrentTenant currentTenant, IServiceScopeFactory scopes, IOptions<OrderingOptions> options, TimeProvider clock,
    ILogger<ReleaseExpiredOrdersJob> logger)
    : IBackgroundJob<ReleaseExpiredOrdersArgs>
{
    public const string RecurringJobId = "release-expired-orders";

    public async Task ExecuteAsync(ReleaseExpiredOrdersArgs args, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The hold checkout gives (Ordering:ReservationHold): an order whose hold another checkout already released is
        // found by its placing time alone.
        var cutoff = now - options.Value.ReservationHold;
        var holding = await crossTenant.ReadAsync<StockReservation, Guid>(
            "Release stock held by orders whose payment was not confirmed in time",
            q => q.Where(r => r.ExpiresAt <= now && r.Reference.StartsWith(OrderingConsts.ReservationReferencePrefix)).Select(r => r.TenantId).Distinct(),
            ct);
        var waiting = await crossTenant.ReadAsync<Order, Guid>(
            "Cancel orders whose payment was not confirmed in time",
            q => q.Where(o => o.Status == OrderStatus.Pending && !o.StockSold && o.PlacedAt <= cutoff).Select(o => o.TenantId).Distinct(),
            ct);
        foreach (var tenantId in holding.Union(waiting))
        {
            using var tenant = currentTenant.Change(tenantId);
            var count = await ExpireTenantOrdersAsync(now, cutoff, ct);
            LogExpired(logger, tenantId, count);
        }
    }

    // Each order in a scope of its own, so no stock row is written from a read older than its lock.
    // Unconfirmed orders past their hold are found by their holds and by themselves: another checkout of the same
    // variant may already have released an expired hold, and its order must still be cancelled.
    private async Task<int> ExpireTenantOrdersAsync(DateTimeOffset now, DateTimeOffset cutoff, CancellationToken ct)
    {
        HashSet<Guid> orderIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var executor = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecutor>();
            var references = await executor.ToListAsync(
                scope.ServiceProvider.GetRequiredService<IStockReservationRepository>().Query()
                    .Where(r => r.ExpiresAt <= now && r.Reference.StartsWith(OrderingConsts.ReservationReferencePrefix)).Select(r => r.Reference).Distinct(),
                ct);
            var waiting = await executor.ToListAsync(
                scope.ServiceProvider.GetRequiredService<IOrderRepository>().Query()
                    .Where(o => o.Status == OrderStatus.Pending && !o.StockSold && o.PlacedAt <= cutoff).Select(o => o.Id),
                ct);
            orderIds = [.. references.Select(r => Guid.ParseExact(r[OrderingConsts.ReservationReferencePrefix.Length..], "N")), .. waiting];
        }

        foreach (var orderId in orderIds)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OrderPaymentSync>().ExpireAsync(orderId, ct);
        }

        return orderIds.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: {Count} order(s) with expired stock holds released")]
    private static partial void LogExpired(ILogger logger, Guid tenantId, int count);
}
