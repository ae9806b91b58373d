using Commerce.Guids;
using Commerce.Policies;

namespace Commerce.Stores.ShippingMethods;

/// <summary>Adds shipping methods to a store, of the types the platform policy allows.</summary>
public sealed class ShippingMethodManager(IStoreRepository stores, IPolicyChecker policies, IGuidGenerator guids)
{
    public async Task<ShippingMethod> CreateAsync(Guid storeId, ShippingMethodType type, string name, CancellationToken ct)
    {
        await stores.GetAsync(storeId, ct);
        await EnsureAllowedAsync(type, ct);
        return new ShippingMethod(guids.Create(), storeId, type, name);
    }

    /// <summary>Enabling again is checked too: the policy may have narrowed since the method was made.</summary>
    public async Task EnableAsync(ShippingMethod method, CancellationToken ct)
    {
        await EnsureAllowedAsync(method.Type, ct);
        method.Enable();
    }

    public static string PolicyValue(ShippingMethodType type) => type switch
    {
        ShippingMethodType.FlatRate => "flat-rate",
        ShippingMethodType.WeightBased => "weight-based",
        ShippingMethodType.FreeAbove => "free-above",
        ShippingMethodType.LocalPickup => "local-pickup",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private Task EnsureAllowedAsync(ShippingMethodType type, CancellationToken ct) =>
        policies.EnsureAllowedAsync(CommercePolicies.AllowedShippingMethodTypes, PolicyValue(type), ct);
}
