using Commerce.MultiTenancy;

namespace Commerce.Policies;

internal sealed class PolicyChecker(ICurrentTenant currentTenant, PolicyValueCache cache) : IPolicyChecker
{
    public async Task<string> GetValueAsync(string name, CancellationToken ct)
    {
        CommercePolicyDefinitions.Get(name);
        return (await GetAllAsync(ct))[name];
    }

    public Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken ct) => cache.GetAsync(currentTenant.Id, ct);
}
