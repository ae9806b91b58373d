using Commerce.Identity;
using Commerce.MultiTenancy;

namespace Commerce.TestBase.Builders;

/// <summary>A tenant on a plan with the given store features, and its owner, to act as.</summary>
public sealed record StoreTenant(TenantDto Tenant, CommerceUser Owner)
{
    public static async Task<StoreTenant> CreateAsync(CommerceTestServices services, bool multiStore, int maxStores, CancellationToken ct)
    {
        var (tenant, owner) = await services.CreateTenantAsync(new Dictionary<string, string?>
        {
            [CommerceFeatures.Stores.MultiStore] = multiStore ? "true" : "false",
            [CommerceFeatures.Stores.MaxStoreCount] = maxStores.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
        return new StoreTenant(tenant, owner);
    }

    public Task<T> AsOwnerAsync<TService, T>(CommerceTestServices services, Func<TService, Task<T>> action)
        where TService : notnull =>
        services.AsMemberAsync(Tenant, Owner.Id, [CommerceRoleNames.Owner], action);
}
