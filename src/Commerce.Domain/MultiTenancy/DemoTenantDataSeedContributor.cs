using Commerce.Data;
using Commerce.Domain.Repositories;

namespace Commerce.MultiTenancy;

/// <summary>The demo merchant a new user signs in to: created once, found by its slug afterwards.</summary>
public sealed class DemoTenantDataSeedContributor(ITenantRepository tenants, TenantManager tenantManager, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public const string DemoSlug = "demo";

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null || !context.IncludeDemoData)
            return;
        if (await tenants.FindBySlugAsync(DemoSlug, ct) is not null)
            return;
        var tenant = await tenantManager.CreateAsync("Demo Outfitters", DemoSlug, ct);
        await tenants.AddAsync(tenant, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
