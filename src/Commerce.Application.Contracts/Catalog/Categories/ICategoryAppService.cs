namespace Commerce.Catalog.Categories;

/// <summary>The tenant's category tree.</summary>
public interface ICategoryAppService
{
    /// <summary>The whole tree, roots first, each level by position: one query.</summary>
    Task<IReadOnlyList<CategoryTreeNodeDto>> GetTreeAsync(CancellationToken ct);

    Task<CategoryDto> GetAsync(Guid id, CancellationToken ct);

    Task<CategoryDto> CreateAsync(CreateCategoryDto input, CancellationToken ct);

    /// <summary>Renames, re-handles, describes, hides or shows a category.</summary>
    Task<CategoryDto> UpdateAsync(Guid id, UpdateCategoryDto input, CancellationToken ct);

    Task<CategoryDto> MoveAsync(Guid id, MoveCategoryDto input, CancellationToken ct);

    Task ReorderAsync(ReorderCategoriesDto input, CancellationToken ct);

    /// <summary>Deletes a category without subcategories and takes it off its products.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct);
}
