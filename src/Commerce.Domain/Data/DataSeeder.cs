using Commerce.MultiTenancy;

namespace Commerce.Data;

/// <summary>Runs every registered <see cref="IDataSeedContributor"/>, in registration order, as the context's tenant.</summary>
public sealed class DataSeeder(IEnumerable<IDataSeedContributor> contributors, ICurrentTenant currentTenant)
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        using var scope = currentTenant.Change(context.TenantId);
        foreach (var contributor in contributors)
            await contributor.SeedAsync(context, ct);
    }
}
