using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Identity;
using Commerce.MultiTenancy;

namespace Commerce.Permissions;

/// <summary>
/// Every tenant's owner role holds every tenant permission: when an upgrade brings a module with new permissions,
/// the next migration run grants them to the owners of the tenants that already exist.
/// </summary>
public sealed class OwnerPermissionsDataSeedContributor(
    ITenantRepository tenants, ICurrentTenant currentTenant, PermissionGrantManager grantManager, PermissionGrantCache cache,
    IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null)
            return;
        var tenantPermissions = CommercePermissionDefinitions.ForSide(PermissionSide.Tenant).Select(p => p.Name).ToList();
        foreach (var tenantId in await executor.ToListAsync(tenants.Query().OrderBy(t => t.Id).Select(t => t.Id), ct))
        {
            using var scope = currentTenant.Change(tenantId);
            await grantManager.AddMissingAsync(PermissionGrantConsts.RoleProvider, CommerceRoleNames.Owner, tenantPermissions, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await cache.InvalidateAsync(ct);
        }
    }
}
