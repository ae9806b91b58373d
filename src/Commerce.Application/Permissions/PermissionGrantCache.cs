using Commerce.MultiTenancy;
using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.Permissions;

/// <summary>The names granted to one role or user, cached per tenant; a change drops the tenant's (or host's) entries.</summary>
public sealed class PermissionGrantCache(HybridCache cache, IPermissionGrantRepository grants, ICurrentTenant currentTenant)
{
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(30), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    public async Task<IReadOnlyList<string>> GetAsync(string providerName, string providerKey, CancellationToken ct)
    {
        var tenantId = currentTenant.Id;
        return await cache.GetOrCreateAsync(
            $"permissions:{Scope()}:{providerName}:{providerKey}",
            async token =>
            {
                // HybridCache may run the factory off the caller's async flow, so the tenant is set again here.
                using (currentTenant.Change(tenantId))
                    return (await grants.GetNamesAsync(providerName, providerKey, token)).ToArray();
            },
            Entry,
            [Tag()],
            ct);
    }

    /// <summary>Call after changing any grant of the current tenant (or the host).</summary>
    public ValueTask InvalidateAsync(CancellationToken ct) => cache.RemoveByTagAsync(Tag(), ct);

    private string Scope() => currentTenant.Id?.ToString("N") ?? "host";

    private string Tag() => $"permissions:{Scope()}";
}
