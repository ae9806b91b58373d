using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Identity;
using Commerce.Permissions;
using Microsoft.AspNetCore.Identity;

namespace Commerce.MultiTenancy;

/// <summary>
/// What every new tenant gets: its owner and staff roles, the owner role holding every tenant permission, and
/// its first owner. The caller runs it inside the tenant's creation transaction.
/// </summary>
public sealed class TenantOwnerSetup(
    ICurrentTenant currentTenant, UserManager<CommerceUser> users, RoleManager<CommerceRole> roles, PermissionGrantManager grantManager,
    PermissionGrantCache grantCache, IGuidGenerator guids, IUnitOfWork unitOfWork)
{
    public async Task<CommerceUser> SetUpAsync(Guid tenantId, string ownerEmail, string ownerPassword, string? ownerName, CancellationToken ct)
    {
        using (currentTenant.Change(tenantId))
        {
            var owner = await IdentityDataSeedContributor.EnsureRoleAsync(roles, guids, CommerceRoleNames.Owner);
            await IdentityDataSeedContributor.EnsureRoleAsync(roles, guids, CommerceRoleNames.Staff);
            var tenantPermissions = CommercePermissionDefinitions.ForSide(PermissionSide.Tenant).Select(p => p.Name);
            await grantManager.AddMissingAsync(PermissionGrantConsts.RoleProvider, owner.Name!, tenantPermissions, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await grantCache.InvalidateAsync(ct);

            var user = await users.FindByEmailAsync(ownerEmail);
            if (user is null)
            {
                user = new CommerceUser(guids.Create(), ownerEmail, ownerEmail) { Name = ownerName };
                await IdentityDataSeedContributor.CreateUserAsync(users, user, ownerPassword, owner.Name!);
            }

            return user;
        }
    }
}
