using Commerce.EntityFrameworkCore.Repositories;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

internal sealed class TenantRepository(CommerceDbContext db) : EfRepository<Tenant>(db), ITenantRepository
{
    public Task<Tenant?> FindBySlugAsync(string slug, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(t => t.Slug == slug, ct);

    public Task<bool> SlugExistsAsync(string slug, Guid? exceptId, CancellationToken ct) =>
        Set.AnyAsync(t => t.Slug == slug && t.Id != exceptId, ct);

    public Task<List<Tenant>> GetDeletedBeforeAsync(DateTimeOffset deletedBefore, CancellationToken ct) =>
        Set.IgnoreQueryFilters([QueryFilters.SoftDelete])
            .Where(t => t.IsDeleted && t.DeletionTime <= deletedBefore)
            .AsNoTracking()
            .ToListAsync(ct);

    public Task HardDeleteAsync(Guid id, CancellationToken ct) =>
        Set.IgnoreQueryFilters([QueryFilters.SoftDelete]).Where(t => t.Id == id && t.IsDeleted).ExecuteDeleteAsync(ct);

    public Task<int> CountByEditionAsync(Guid editionId, CancellationToken ct) =>
        Set.CountAsync(t => t.EditionId == editionId, ct);

    public IQueryable<Tenant> Search(string? text, TenantStatus? status)
    {
        var query = Query();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + EscapeLike(text.Trim()) + "%";
            query = query.Where(t => EF.Functions.ILike(t.Name, pattern) || EF.Functions.ILike(t.Slug, pattern));
        }

        return status is { } wanted ? query.Where(t => t.Status == wanted) : query;
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
