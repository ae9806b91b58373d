namespace Commerce.Features;

/// <summary>Center Control's per-tenant feature overrides.</summary>
public interface ITenantFeatureAppService
{
    Task<IReadOnlyList<TenantFeatureDto>> GetAsync(Guid tenantId, CancellationToken ct);

    Task<IReadOnlyList<TenantFeatureDto>> UpdateAsync(Guid tenantId, UpdateTenantFeaturesDto input, CancellationToken ct);
}
