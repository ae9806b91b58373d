using Commerce.Domain.Repositories;

namespace Commerce.Catalog.Categories;

public interface ICategoryRepository : IRepository<Category>
{
    Task<bool> HandleExistsAsync(string handle, Guid? exceptId, CancellationToken ct);

    /// <summary>The children of a parent (null: the roots), tracked, by position.</summary>
    Task<List<Category>> GetChildrenAsync(Guid? parentId, CancellationToken ct);

    Task<bool> HasChildrenAsync(Guid id, CancellationToken ct);

    /// <summary>Every category's parent, untracked, in one query.</summary>
    Task<CategoryTree> GetTreeAsync(CancellationToken ct);

    /// <summary>
    /// Serializes changes of the tree's shape within the tenant until the current transaction ends, so two
    /// concurrent moves cannot make a cycle between them.
    /// </summary>
    Task LockTreeAsync(CancellationToken ct);
}
