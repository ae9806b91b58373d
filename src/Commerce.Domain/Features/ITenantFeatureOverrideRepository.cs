using Commerce.Domain.Repositories;

namespace Commerce.Features;

public interface ITenantFeatureOverrideRepository : IRepository<TenantFeatureOverride>
{
    /// <summary>The current tenant's overrides, tracked.</summary>
    Task<List<TenantFeatureOverride>> GetListAsync(CancellationToken ct);
}
