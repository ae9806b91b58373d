using Commerce.Guids;

namespace Commerce.Permissions;

/// <summary>Changes what one role or user is granted in the current tenant (or on the host).</summary>
public sealed class PermissionGrantManager(IPermissionGrantRepository grants, IGuidGenerator guids)
{
    /// <summary>Grants the names not granted yet and leaves the others as they are.</summary>
    public async Task AddMissingAsync(string providerName, string providerKey, IEnumerable<string> names, CancellationToken ct)
    {
        var current = (await grants.GetListAsync(providerName, providerKey, ct)).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !current.Contains(n)))
            await grants.AddAsync(new PermissionGrant(guids.Create(), name, providerName, providerKey), ct);
    }

    /// <summary>Grants exactly these names.</summary>
    public async Task SetAsync(string providerName, string providerKey, IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        var current = await grants.GetListAsync(providerName, providerKey, ct);
        foreach (var grant in current.Where(g => !wanted.Contains(g.Name)))
            grants.Remove(grant);
        foreach (var name in wanted.Except(current.Select(g => g.Name)))
            await grants.AddAsync(new PermissionGrant(guids.Create(), name, providerName, providerKey), ct);
    }
}
