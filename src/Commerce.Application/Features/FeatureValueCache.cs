using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Features;

/// <summary>
/// Each tenant's resolved feature values, cached under the tenant and tagged with its edition: an edition change
/// drops every tenant on it at once, an override or a change of plan drops the one tenant.
/// </summary>
public sealed class FeatureValueCache(
    HybridCache cache, ITenantStore tenantStore, IEditionRepository editions, ITenantFeatureOverrideRepository overrides,
    IAsyncQueryExecutor executor, ICurrentTenant currentTenant)
{
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(30), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    public static IReadOnlyDictionary<string, string> Defaults { get; } =
        CommerceFeatureDefinitions.All.ToDictionary(f => f.Name, f => f.DefaultValue, StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, string>> GetAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await tenantStore.FindAsync(tenantId, ct);
        if (tenant is null)
            return Defaults;
        string[] tags = tenant.EditionId is { } editionId ? [EditionTag(editionId)] : [];
        return await cache.GetOrCreateAsync(
            TenantKey(tenantId), token => new ValueTask<Dictionary<string, string>>(LoadAsync(tenant, token)), Entry, tags, ct);
    }

    public ValueTask InvalidateTenantAsync(Guid tenantId, CancellationToken ct) => cache.RemoveAsync(TenantKey(tenantId), ct);

    public ValueTask InvalidateEditionAsync(Guid editionId, CancellationToken ct) => cache.RemoveByTagAsync(EditionTag(editionId), ct);

    private async Task<Dictionary<string, string>> LoadAsync(TenantInfo tenant, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        if (tenant.EditionId is { } editionId && await editions.FindAsync(editionId, ct) is { } edition)
        {
            foreach (var value in edition.FeatureValues)
                values[value.Name] = value.Value;
        }

        using (currentTenant.Change(tenant.Id))
        {
            foreach (var value in await executor.ToListAsync(overrides.Query(), ct))
                values[value.Name] = value.Value;
        }

        return values;
    }

    private static string TenantKey(Guid tenantId) => $"features:tenant:{tenantId:N}";

    private static string EditionTag(Guid editionId) => $"edition:{editionId:N}";
}
