using Commerce.Domain.Repositories;

namespace Commerce.Permissions;

public interface IPermissionGrantRepository : IRepository<PermissionGrant>
{
    /// <summary>The names granted to one role or user in the current tenant (or on the host).</summary>
    Task<List<string>> GetNamesAsync(string providerName, string providerKey, CancellationToken ct);

    /// <summary>The grants of one role or user, tracked, for a change.</summary>
    Task<List<PermissionGrant>> GetListAsync(string providerName, string providerKey, CancellationToken ct);
}
