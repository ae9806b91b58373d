using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Features;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Features;

internal sealed class TenantFeatureOverrideRepository(CommerceDbContext db)
    : EfRepository<TenantFeatureOverride>(db), ITenantFeatureOverrideRepository
{
    public Task<List<TenantFeatureOverride>> GetListAsync(CancellationToken ct) => Set.ToListAsync(ct);
}
