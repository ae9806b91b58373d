using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.Guids;
using Commerce.Identity;
using Microsoft.AspNetCore.Identity;

namespace Commerce.MultiTenancy;

/// <summary>
/// The demo merchant a new user signs in to, on the Pro plan, with its owner and staff roles and its owner:
/// created once, found by its slug and email afterwards.
/// </summary>
public sealed class DemoTenantDataSeedContributor(
    ITenantRepository tenants, IEditionRepository editions, TenantManager tenantManager, IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant, UserManager<CommerceUser> users, RoleManager<CommerceRole> roles, IGuidGenerator guids)
    : IDataSeedContributor
{
    public const string DemoSlug = "demo";

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null || !context.IncludeDemoData)
            return;
        var tenant = await tenants.FindBySlugAsync(DemoSlug, ct);
        if (tenant is null)
        {
            var pro = await editions.FindByNameAsync(EditionDataSeedContributor.Pro, ct);
            tenant = await tenantManager.CreateAsync("Demo Outfitters", DemoSlug, pro?.Id, ct);
            await tenants.AddAsync(tenant, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }

        using (currentTenant.Change(tenant.Id))
        {
            var owner = await IdentityDataSeedContributor.EnsureRoleAsync(roles, guids, CommerceRoleNames.Owner);
            await IdentityDataSeedContributor.EnsureRoleAsync(roles, guids, CommerceRoleNames.Staff);
            if (await users.FindByEmailAsync(IdentitySeedOptions.DemoOwnerEmail) is null)
            {
                var user = new CommerceUser(guids.Create(), IdentitySeedOptions.DemoOwnerEmail, IdentitySeedOptions.DemoOwnerEmail) { Name = "Dana Demo" };
                await IdentityDataSeedContributor.CreateUserAsync(users, user, IdentitySeedOptions.DemoOwnerPassword, owner.Name!);
            }
        }
    }
}
