using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.Permissions;

namespace Commerce.Policies;

public sealed class PlatformPolicyAppService(
    IPermissionChecker permissions, IPolicyValueRepository values, PolicyValueManager valueManager, PolicyValueCache cache,
    ITenantRepository tenants, IEditionRepository editions, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IPlatformPolicyAppService
{
    public async Task<IReadOnlyList<PolicyValueDto>> GetAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Policies.Default, ct);
        return await DescribeAsync(scope, scopeId, ct);
    }

    public async Task<IReadOnlyList<PolicyValueDto>> UpdateAsync(PolicyScope scope, Guid? scopeId, UpdatePolicyValuesDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Policies.Manage, ct);
        await EnsureScopeExistsAsync(scope, scopeId, ct);
        await valueManager.SetAsync(scope, scopeId, input.Values, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await cache.InvalidateAsync(scope, scopeId, ct);
        return await DescribeAsync(scope, scopeId, ct);
    }

    private async Task<IReadOnlyList<PolicyValueDto>> DescribeAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct)
    {
        var (editionId, tenantId) = await EnsureScopeExistsAsync(scope, scopeId, ct);
        var own = (await executor.ToListAsync(values.Query().Where(v => v.Scope == scope && v.ScopeId == scopeId), ct))
            .ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        var effective = await cache.ResolveAsync(editionId, tenantId, ct);
        return CommercePolicyDefinitions.All.Select(p => new PolicyValueDto
        {
            Definition = new PolicyDefinitionDto
            {
                Name = p.Name, DisplayName = p.DisplayName, ValueType = p.ValueType, DefaultValue = p.DefaultValue, AllowedValues = p.AllowedValues,
            },
            Value = own.GetValueOrDefault(p.Name),
            EffectiveValue = effective[p.Name],
        }).ToList();
    }

    /// <summary>The edition and tenant a scope resolves through; a missing edition or tenant is a 404.</summary>
    private async Task<(Guid? EditionId, Guid? TenantId)> EnsureScopeExistsAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct)
    {
        switch (scope)
        {
            case PolicyScope.Edition:
                return ((await editions.GetAsync(scopeId ?? Guid.Empty, ct)).Id, null);
            case PolicyScope.Tenant:
                var tenant = await tenants.GetAsync(scopeId ?? Guid.Empty, ct);
                return (tenant.EditionId, tenant.Id);
            default:
                return (null, null);
        }
    }
}
