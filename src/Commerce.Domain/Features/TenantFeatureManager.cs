using Commerce.Guids;

namespace Commerce.Features;

/// <summary>
/// Sets the current tenant's overrides. As for editions, a value equal to what the tenant would get anyway (its
/// edition's value, else the default) is not stored: the override then follows later changes of the plan.
/// </summary>
public sealed class TenantFeatureManager(ITenantFeatureOverrideRepository overrides, IGuidGenerator guids)
{
    public async Task SetAsync(Edition? edition, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        var existing = (await overrides.GetListAsync(ct)).ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            var feature = CommerceFeatureDefinitions.Get(name);
            var normalized = value is null ? null : feature.Normalize(value);
            var fallback = edition?.FindFeatureValue(name) ?? feature.DefaultValue;
            var current = existing.GetValueOrDefault(name);
            if (normalized is null || normalized == fallback)
            {
                if (current is not null)
                    overrides.Remove(current);
            }
            else if (current is null)
            {
                await overrides.AddAsync(new TenantFeatureOverride(guids.Create(), name, normalized), ct);
            }
            else
            {
                current.ChangeValue(normalized);
            }
        }
    }
}
