using Commerce.BackgroundJobs;
using Commerce.BlobStoring;
using Commerce.Policies;
using Microsoft.Extensions.Logging;

namespace Commerce.MultiTenancy;

public sealed record PurgeDeletedTenantsArgs;

/// <summary>
/// Daily: purges the data of every tenant deleted longer ago than its data-retention policy allows, then the
/// tenant itself. Runs on the host; each purge runs as the tenant it removes. The rows go first, then the files
/// (images, uploaded imports), then the tenant's own row: until that last step the tenant is still found here, so a
/// run that fails or stops midway is finished by the next one, and no file outlives the row that leads to it.
/// Rows before files, because a job still queued for the tenant (thumbnails) writes nothing once its row is gone.
/// </summary>
public sealed partial class PurgeDeletedTenantsJob(
    ITenantRepository tenants, ITenantDataPurger purger, IBlobStore blobs, ICurrentTenant currentTenant, PolicyValueCache policies,
    TimeProvider clock, ILogger<PurgeDeletedTenantsJob> logger)
    : IBackgroundJob<PurgeDeletedTenantsArgs>
{
    public const string RecurringJobId = "purge-deleted-tenants";

    public async Task ExecuteAsync(PurgeDeletedTenantsArgs args, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var tenant in await tenants.GetDeletedBeforeAsync(now, ct))
        {
            var retention = int.Parse((await policies.ResolveAsync(tenant.EditionId, tenant.Id, ct))[CommercePolicies.DataRetentionDays], System.Globalization.CultureInfo.InvariantCulture);
            if (tenant.DeletionTime!.Value.AddDays(retention) > now)
                continue;
            await purger.PurgeAsync(tenant.Id, ct);
            using (currentTenant.Change(tenant.Id))
                await blobs.DeleteAllAsync(ct);
            await tenants.HardDeleteAsync(tenant.Id, ct);
            LogPurged(logger, tenant.Id, tenant.Slug, retention);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} ({Slug}) purged {RetentionDays} days after its deletion")]
    private static partial void LogPurged(ILogger logger, Guid tenantId, string slug, int retentionDays);
}
