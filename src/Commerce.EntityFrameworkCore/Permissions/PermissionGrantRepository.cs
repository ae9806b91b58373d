using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Permissions;

internal sealed class PermissionGrantRepository(CommerceDbContext db) : EfRepository<PermissionGrant>(db), IPermissionGrantRepository
{
    public Task<List<string>> GetNamesAsync(string providerName, string providerKey, CancellationToken ct) =>
        Query().Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).Select(g => g.Name).ToListAsync(ct);

    public Task<List<PermissionGrant>> GetListAsync(string providerName, string providerKey, CancellationToken ct) =>
        Set.Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).ToListAsync(ct);
}
