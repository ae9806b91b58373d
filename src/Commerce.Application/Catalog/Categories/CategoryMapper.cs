using Riok.Mapperly.Abstractions;

namespace Commerce.Catalog.Categories;

[Mapper]
internal static partial class CategoryMapper
{
    [MapperIgnoreSource(nameof(Category.TenantId))]
    [MapperIgnoreSource(nameof(Category.DomainEvents))]
    [MapperIgnoreSource(nameof(Category.CreatorId))]
    [MapperIgnoreSource(nameof(Category.LastModificationTime))]
    [MapperIgnoreSource(nameof(Category.LastModifierId))]
    [MapperIgnoreSource(nameof(Category.IsDeleted))]
    [MapperIgnoreSource(nameof(Category.DeletionTime))]
    [MapperIgnoreSource(nameof(Category.DeleterId))]
    public static partial CategoryDto ToDto(Category category);

    /// <summary>What the tree shows of each category, without the descriptions.</summary>
    public static IQueryable<CategoryTreeRow> ProjectToTreeRow(IQueryable<Category> query) =>
        query.Select(c => new CategoryTreeRow(c.Id, c.ParentId, c.Name, c.Handle, c.IsHidden, c.Position, c.Version));

    public static List<CategoryTreeNodeDto> ToTree(IReadOnlyList<CategoryTreeRow> rows)
    {
        var children = rows.ToLookup(r => r.ParentId);
        return Level(null);

        List<CategoryTreeNodeDto> Level(Guid? parentId) =>
            children[parentId].OrderBy(r => r.Position).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => new CategoryTreeNodeDto
            {
                Id = r.Id,
                Name = r.Name,
                Handle = r.Handle,
                IsHidden = r.IsHidden,
                Position = r.Position,
                Version = r.Version,
                Children = Level(r.Id),
            }).ToList();
    }
}
