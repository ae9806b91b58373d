using Microsoft.Extensions.Caching.Hybrid;

namespace Commerce.MultiTenancy;

/// <summary>
/// Tenant look-ups for request handling, cached by id and by slug. A miss is not cached, so a tenant created a
/// moment ago resolves at once; a change removes both keys of the tenant as it was.
/// </summary>
internal sealed class TenantStore(ITenantRepository tenants, HybridCache cache) : ITenantStore
{
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    public Task<TenantInfo?> FindAsync(Guid id, CancellationToken ct) =>
        FindAsync(IdKey(id), token => tenants.FindAsync(id, token), ct);

    public Task<TenantInfo?> FindAsync(string slug, CancellationToken ct) =>
        FindAsync(SlugKey(slug.ToLowerInvariant()), token => tenants.FindBySlugAsync(slug.ToLowerInvariant(), token), ct);

    public async Task InvalidateAsync(TenantInfo tenant, CancellationToken ct)
    {
        await cache.RemoveAsync(IdKey(tenant.Id), ct);
        await cache.RemoveAsync(SlugKey(tenant.Slug), ct);
    }

    private async Task<TenantInfo?> FindAsync(string key, Func<CancellationToken, Task<Tenant?>> load, CancellationToken ct)
    {
        var found = await cache.GetOrCreateAsync<TenantInfo?>(key, async token =>
        {
            var tenant = await load(token);
            return tenant is null ? null : TenantMapper.ToInfo(tenant);
        }, Entry, cancellationToken: ct);
        if (found is null)
            await cache.RemoveAsync(key, ct);
        return found;
    }

    private static string IdKey(Guid id) => $"tenant:id:{id:N}";

    private static string SlugKey(string slug) => $"tenant:slug:{slug}";
}
