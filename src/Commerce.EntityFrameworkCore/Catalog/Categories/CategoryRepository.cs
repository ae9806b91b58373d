using Commerce.Catalog.Categories;
using Commerce.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Catalog.Categories;

internal sealed class CategoryRepository(CommerceDbContext db) : EfRepository<Category>(db), ICategoryRepository
{
    public Task<bool> HandleExistsAsync(string handle, Guid? exceptId, CancellationToken ct) =>
        Set.AnyAsync(c => c.Handle == handle && c.Id != exceptId, ct);

    public Task<List<Category>> GetChildrenAsync(Guid? parentId, CancellationToken ct) =>
        Set.Where(c => c.ParentId == parentId).OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(ct);

    public Task<bool> HasChildrenAsync(Guid id, CancellationToken ct) => Set.AnyAsync(c => c.ParentId == id, ct);

    public async Task<CategoryTree> GetTreeAsync(CancellationToken ct) =>
        new(await Query().ToDictionaryAsync(c => c.Id, c => c.ParentId, ct));

    public Task LockTreeAsync(CancellationToken ct) => AdvisoryLocks.LockForTransactionAsync(Db, "catalog.categories", ct);
}
