using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Policies;

/// <summary>
/// The policy values that apply to each tenant, cached per tenant and tagged with the platform and the tenant's
/// edition, so a change at any scope reaches every tenant it concerns at once.
/// </summary>
public sealed class PolicyValueCache(HybridCache cache, ITenantStore tenants, IPolicyValueRepository values, IAsyncQueryExecutor executor)
{
    private const string PlatformTag = "policies";
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(30), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    public async Task<IReadOnlyDictionary<string, string>> GetAsync(Guid? tenantId, CancellationToken ct)
    {
        var tenant = tenantId is { } id ? await tenants.FindAsync(id, ct) : null;
        string[] tags = tenant?.EditionId is { } editionId ? [PlatformTag, EditionTag(editionId)] : [PlatformTag];
        return await cache.GetOrCreateAsync(
            $"policies:{tenant?.Id.ToString("N") ?? "platform"}",
            token => new ValueTask<Dictionary<string, string>>(ResolveAsync(tenant?.EditionId, tenant?.Id, token)),
            Entry,
            tags,
            ct);
    }

    /// <summary>The values that apply at a scope: the narrowest set value wins, then the default.</summary>
    public async Task<Dictionary<string, string>> ResolveAsync(Guid? editionId, Guid? tenantId, CancellationToken ct)
    {
        var set = await executor.ToListAsync(
            values.Query().Where(v => v.Scope == PolicyScope.Platform
                                      || (v.Scope == PolicyScope.Edition && v.ScopeId == editionId && editionId != null)
                                      || (v.Scope == PolicyScope.Tenant && v.ScopeId == tenantId && tenantId != null)),
            ct);
        return CommercePolicyDefinitions.All.ToDictionary(
            p => p.Name,
            p => set.Where(v => v.Name == p.Name).OrderByDescending(v => v.Scope).FirstOrDefault()?.Value ?? p.DefaultValue,
            StringComparer.Ordinal);
    }

    public ValueTask InvalidateAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct) => scope switch
    {
        PolicyScope.Tenant => cache.RemoveAsync($"policies:{scopeId!.Value:N}", ct),
        PolicyScope.Edition => cache.RemoveByTagAsync(EditionTag(scopeId!.Value), ct),
        _ => cache.RemoveByTagAsync(PlatformTag, ct),
    };

    private static string EditionTag(Guid editionId) => $"policies:edition:{editionId:N}";
}
