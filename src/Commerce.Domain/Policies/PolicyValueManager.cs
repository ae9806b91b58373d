using Commerce.Guids;

namespace Commerce.Policies;

/// <summary>Sets the values of one scope; null, or a value equal to the default, clears it.</summary>
public sealed class PolicyValueManager(IPolicyValueRepository values, IGuidGenerator guids)
{
    public async Task SetAsync(PolicyScope scope, Guid? scopeId, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var existing = (await values.GetListAsync(scope, scopeId, ct)).ToDictionary(v => v.Name, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            var policy = CommercePolicyDefinitions.Get(name);
            var normalized = value is null ? null : policy.Normalize(value);
            var current = existing.GetValueOrDefault(name);
            if (normalized is null || (scope == PolicyScope.Platform && normalized == policy.DefaultValue))
            {
                if (current is not null)
                    values.Remove(current);
            }
            else if (current is null)
            {
                await values.AddAsync(new PolicyValue(guids.Create(), scope, scopeId, name, normalized), ct);
            }
            else
            {
                current.ChangeValue(normalized);
            }
        }
    }
}
