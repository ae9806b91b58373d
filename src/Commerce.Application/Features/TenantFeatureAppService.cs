using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;
using Commerce.Permissions;

namespace Commerce.Features;

/// <summary>
/// Center Control's per-tenant overrides. The host works on the tenant's rows by entering the tenant's context,
/// the one way host code writes tenant data.
/// </summary>
public sealed class TenantFeatureAppService(
    IPermissionChecker permissions, ITenantRepository tenants, IEditionRepository editions, ITenantFeatureOverrideRepository overrides, TenantFeatureManager featureManager,
    FeatureValueCache featureCache, ICurrentTenant currentTenant, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : ITenantFeatureAppService
{
    public async Task<IReadOnlyList<TenantFeatureDto>> GetAsync(Guid tenantId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Default, ct);
        var tenant = await tenants.GetAsync(tenantId, ct);
        return await DescribeAsync(tenant, ct);
    }

    public async Task<IReadOnlyList<TenantFeatureDto>> UpdateAsync(Guid tenantId, UpdateTenantFeaturesDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.ManageFeatures, ct);
        var tenant = await tenants.GetAsync(tenantId, ct);
        var edition = tenant.EditionId is { } editionId ? await editions.FindAsync(editionId, ct) : null;
        using (currentTenant.Change(tenant.Id))
        {
            await featureManager.SetAsync(edition, input.Overrides, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }

        await featureCache.InvalidateTenantAsync(tenant.Id, ct);
        return await DescribeAsync(tenant, ct);
    }

    private async Task<IReadOnlyList<TenantFeatureDto>> DescribeAsync(Tenant tenant, CancellationToken ct)
    {
        var edition = tenant.EditionId is { } editionId ? await editions.FindAsync(editionId, ct) : null;
        Dictionary<string, string> overridden;
        using (currentTenant.Change(tenant.Id))
            overridden = (await executor.ToListAsync(overrides.Query(), ct)).ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal);

        return CommerceFeatureDefinitions.All.Select(feature =>
        {
            var editionValue = edition?.FindFeatureValue(feature.Name) ?? feature.DefaultValue;
            var overrideValue = overridden.GetValueOrDefault(feature.Name);
            return new TenantFeatureDto
            {
                Definition = FeatureMapper.ToDto(feature),
                EditionValue = editionValue,
                OverrideValue = overrideValue,
                Value = overrideValue ?? editionValue,
            };
        }).ToList();
    }
}
