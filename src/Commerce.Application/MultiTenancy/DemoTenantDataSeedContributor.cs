using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.Identity;

namespace Commerce.MultiTenancy;

/// <summary>
/// The demo merchant a new user signs in to, on the Pro plan, with its roles and its owner: created once, found
/// by its slug afterwards.
/// </summary>
public sealed class DemoTenantDataSeedContributor(
    ITenantRepository tenants, IEditionRepository editions, TenantManager tenantManager, TenantOwnerSetup ownerSetup, IUnitOfWork unitOfWork)
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

        await ownerSetup.SetUpAsync(tenant.Id, IdentitySeedOptions.DemoOwnerEmail, IdentitySeedOptions.DemoOwnerPassword, "Dana Demo", ct);
    }
}
