using Commerce.Domain.Repositories;
using Commerce.Permissions;

namespace Commerce.Catalog.Categories;

public sealed class CategoryAppService(
    IPermissionChecker permissions, ICategoryRepository categories, CategoryManager categoryManager, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : ICategoryAppService
{
    public async Task<IReadOnlyList<CategoryTreeNodeDto>> GetTreeAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Default, ct);
        return CategoryMapper.ToTree(await executor.ToListAsync(CategoryMapper.ProjectToTreeRow(categories.Query()), ct));
    }

    public async Task<CategoryDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Default, ct);
        return CategoryMapper.ToDto(await categories.GetAsync(id, ct));
    }

    public async Task<CategoryDto> CreateAsync(CreateCategoryDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Create, ct);
        var category = await categoryManager.CreateAsync(input.Name, input.Handle, input.ParentId, ct);
        category.Describe(input.Description);
        if (input.IsHidden)
            category.Hide();
        await categories.AddAsync(category, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return CategoryMapper.ToDto(category);
    }

    public async Task<CategoryDto> UpdateAsync(Guid id, UpdateCategoryDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Edit, ct);
        var category = await categories.GetAsync(id, ct);
        category.EnsureVersion(input.Version);
        category.Rename(input.Name);
        await categoryManager.ChangeHandleAsync(category, input.Handle, ct);
        category.Describe(input.Description);
        if (input.IsHidden)
            category.Hide();
        else
            category.Show();
        await unitOfWork.SaveChangesAsync(ct);
        return CategoryMapper.ToDto(category);
    }

    public async Task<CategoryDto> MoveAsync(Guid id, MoveCategoryDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Edit, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await categories.LockTreeAsync(ct);
        var category = await categories.GetAsync(id, ct);
        category.EnsureVersion(input.Version);
        await categoryManager.MoveAsync(category, input.ParentId, input.Position, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CategoryMapper.ToDto(category);
    }

    public async Task ReorderAsync(ReorderCategoriesDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Edit, ct);
        await categoryManager.ReorderAsync(input.ParentId, input.CategoryIds, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Categories.Delete, ct);
        var category = await categories.GetAsync(id, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await categoryManager.DeleteAsync(category, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
