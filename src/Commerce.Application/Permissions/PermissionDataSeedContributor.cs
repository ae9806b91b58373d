using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Identity;

namespace Commerce.Permissions;

/// <summary>The platform administrators' role holds every host permission; new host permissions join it on the next run.</summary>
public sealed class PermissionDataSeedContributor(PermissionGrantManager grantManager, PermissionGrantCache cache, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null)
            return;
        var hostPermissions = CommercePermissionDefinitions.ForSide(PermissionSide.Host).Select(p => p.Name);
        await grantManager.AddMissingAsync(PermissionGrantConsts.RoleProvider, CommerceRoleNames.Admin, hostPermissions, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await cache.InvalidateAsync(ct);
    }
}
