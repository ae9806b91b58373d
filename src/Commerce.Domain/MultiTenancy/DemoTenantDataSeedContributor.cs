using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Features;

namespace Commerce.MultiTenancy;

/// <summary>The demo merchant a new user signs in to, on the Pro plan: created once, found by its slug afterwards.</summary>
public sealed class DemoTenantDataSeedContributor(
    ITenantRepository tenants, IEditionRepository editions, TenantManager tenantManager, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public const string DemoSlug = "demo";

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null || !context.IncludeDemoData)
            return;
        if (await tenants.FindBySlugAsync(DemoSlug, ct) is not null)
            return;
        var pro = await editions.FindByNameAsync(EditionDataSeedContributor.Pro, ct);
        var tenant = await tenantManager.CreateAsync("Demo Outfitters", DemoSlug, pro?.Id, ct);
        await tenants.AddAsync(tenant, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
