using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Ordering;

public sealed record ReleaseExpiredOrdersArgs;

/// <summary>
/// Every few minutes, on the host: finds the tenants with expired order holds (one audited cross-tenant read), then, as
/// each tenant and in a scope of its own, cancels the unconfirmed orders whose hold ran out and releases their stock.
/// </summary>
public sealed partial class ReleaseExpiredOrdersJob(
    ICrossTenantReader crossTenant, ICurrentTenant currentTenant, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReleaseExpiredOrdersJob> logger)
    : IBackgroundJob<ReleaseExpiredOrdersArgs>
{
    public const string RecurringJobId = "release-expired-orders";

    public async Task ExecuteAsync(ReleaseExpiredOrdersArgs args, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tenantIds = await crossTenant.ReadAsync<StockReservation, Guid>(
            "Release stock held by orders whose payment was not confirmed in time",
            q => q.Where(r => r.ExpiresAt <= now && r.Reference.StartsWith(OrderingConsts.ReservationReferencePrefix)).Select(r => r.TenantId).Distinct(),
            ct);
        foreach (var tenantId in tenantIds)
        {
            using var tenant = currentTenant.Change(tenantId);
            var count = await ExpireTenantOrdersAsync(now, ct);
            LogExpired(logger, tenantId, count);
        }
    }

    // Each order in a scope of its own, so no stock row is written from a read older than its lock.
    private async Task<int> ExpireTenantOrdersAsync(DateTimeOffset now, CancellationToken ct)
    {
        List<string> references;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var reservations = scope.ServiceProvider.GetRequiredService<IStockReservationRepository>();
            references = await scope.ServiceProvider.GetRequiredService<IAsyncQueryExecutor>().ToListAsync(
                reservations.Query().Where(r => r.ExpiresAt <= now && r.Reference.StartsWith(OrderingConsts.ReservationReferencePrefix))
                    .Select(r => r.Reference).Distinct(),
                ct);
        }

        foreach (var reference in references)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OrderPaymentSync>()
                .ExpireAsync(Guid.ParseExact(reference[OrderingConsts.ReservationReferencePrefix.Length..], "N"), ct);
        }

        return references.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: {Count} order(s) with expired stock holds released")]
    private static partial void LogExpired(ILogger logger, Guid tenantId, int count);
}
