using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Categories;

public sealed record ReorderCategoriesDto
{
    /// <summary>The parent whose children are reordered; none for the roots.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Every child of the parent, once each, in the new order.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];
}
