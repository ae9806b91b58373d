using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Policies;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Policies;

internal sealed class PolicyValueRepository(CommerceDbContext db) : EfRepository<PolicyValue>(db), IPolicyValueRepository
{
    public Task<List<PolicyValue>> GetListAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct) =>
        Set.Where(v => v.Scope == scope && v.ScopeId == scopeId).ToListAsync(ct);
}
