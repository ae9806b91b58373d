namespace Commerce.Features;

/// <summary>
/// The current tenant's feature values: the tenant's override, else its edition's value, else the default.
/// Cached per tenant and invalidated when an edition, an override or a tenant's edition changes. The host
/// (no tenant) gets the defaults.
/// </summary>
public interface IFeatureChecker
{
    Task<string> GetValueAsync(string name, CancellationToken ct);

    Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken ct);
}
