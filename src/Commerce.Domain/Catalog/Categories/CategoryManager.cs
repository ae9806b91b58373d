using Commerce.Catalog.Products;
using Commerce.Guids;

namespace Commerce.Catalog.Categories;

/// <summary>Places categories in the tree and keeps their handles unique: the rules that need the repository.</summary>
public sealed class CategoryManager(ICategoryRepository categories, IProductRepository products, IGuidGenerator guids)
{
    /// <summary>A new category, last among its siblings; without a handle, one is made from the name.</summary>
    public async Task<Category> CreateAsync(string name, string? handle, Guid? parentId, CancellationToken ct)
    {
        if (parentId is { } parent && await categories.FindAsync(parent, ct) is null)
            throw NotFound(parent);
        var checkedHandle = await CheckHandleAsync(CatalogHandle.From(handle, name), null, ct);
        var siblings = await categories.GetChildrenAsync(parentId, ct);
        return new Category(guids.Create(), name, checkedHandle, parentId, siblings.Count);
    }

    public async Task ChangeHandleAsync(Category category, string handle, CancellationToken ct)
    {
        var normalized = CatalogHandle.Check(handle);
        if (normalized != category.Handle)
            category.ChangeHandle(await CheckHandleAsync(normalized, category.Id, ct));
    }

    /// <summary>
    /// Moves the category, with everything below it, under another parent (null: the root) at the given position
    /// among its new siblings; the old and new siblings close up around it. Call it holding the tree lock.
    /// </summary>
    public async Task MoveAsync(Category category, Guid? parentId, int position, CancellationToken ct)
    {
        var tree = await categories.GetTreeAsync(ct);
        if (parentId is { } parent)
        {
            if (!tree.Contains(parent))
                throw NotFound(parent);
            if (tree.IsSelfOrDescendant(parent, category.Id))
                throw new BusinessException(CommerceErrorCodes.Catalog.CategoryMoveCreatesCycle, BusinessErrorKind.Invalid).WithData("id", category.Id);
        }

        if (category.ParentId != parentId)
            Renumber((await categories.GetChildrenAsync(category.ParentId, ct)).Where(c => c.Id != category.Id));
        var siblings = (await categories.GetChildrenAsync(parentId, ct)).Where(c => c.Id != category.Id).ToList();
        siblings.Insert(Math.Clamp(position, 0, siblings.Count), category);
        category.Place(parentId, category.Position);
        Renumber(siblings);
    }

    /// <summary>Puts a parent's children (null: the roots) in the given order, which must list each of them once.</summary>
    public async Task ReorderAsync(Guid? parentId, IReadOnlyList<Guid> orderedIds, CancellationToken ct)
    {
        var children = await categories.GetChildrenAsync(parentId, ct);
        if (orderedIds.Count != children.Count || !orderedIds.Order().SequenceEqual(children.Select(c => c.Id).Order()))
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidSiblingOrder, BusinessErrorKind.Invalid);
        Renumber(orderedIds.Select(id => children.Single(c => c.Id == id)));
    }

    /// <summary>
    /// A category with subcategories stays; otherwise it is taken off its products at once (call it inside the
    /// delete's transaction) and its siblings close up when it goes.
    /// </summary>
    public async Task DeleteAsync(Category category, CancellationToken ct)
    {
        if (await categories.HasChildrenAsync(category.Id, ct))
            throw new BusinessException(CommerceErrorCodes.Catalog.CategoryHasChildren).WithData("name", category.Name);
        await products.RemoveCategoryAsync(category.Id, ct);
        Renumber((await categories.GetChildrenAsync(category.ParentId, ct)).Where(c => c.Id != category.Id));
        categories.Remove(category);
    }

    private static void Renumber(IEnumerable<Category> ordered)
    {
        var position = 0;
        foreach (var category in ordered)
            category.Place(category.ParentId, position++);
    }

    private static BusinessException NotFound(Guid id) =>
        new BusinessException(CommerceErrorCodes.Catalog.CategoryNotFound, BusinessErrorKind.Invalid).WithData("id", id);

    /// <summary>A friendly check before the save; the unique index on (tenant_id, handle) is the guarantee.</summary>
    private async Task<string> CheckHandleAsync(string handle, Guid? exceptId, CancellationToken ct) =>
        await categories.HandleExistsAsync(handle, exceptId, ct)
            ? throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateCategoryHandle).WithData("handle", handle)
            : handle;
}
