using Commerce.MultiTenancy;

namespace Commerce.Features;

internal sealed class FeatureChecker(ICurrentTenant currentTenant, FeatureValueCache cache) : IFeatureChecker
{
    public async Task<string> GetValueAsync(string name, CancellationToken ct)
    {
        CommerceFeatureDefinitions.Get(name);
        return (await GetAllAsync(ct))[name];
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken ct) =>
        currentTenant.Id is { } tenantId ? await cache.GetAsync(tenantId, ct) : FeatureValueCache.Defaults;
}
