using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.Categories;

/// <summary>
/// A node of the tenant's category tree: its parent (none at the root) and its position among its siblings.
/// <see cref="CategoryManager"/> places it in the tree and keeps the handle unique.
/// </summary>
public sealed class Category : FullAuditedAggregateRoot, IMultiTenant
{
    private Category()
    {
        Name = string.Empty;
        Handle = string.Empty;
    }

    internal Category(Guid id, string name, string handle, Guid? parentId, int position)
        : base(id)
    {
        Name = string.Empty;
        Handle = handle;
        ParentId = parentId;
        Position = position;
        Rename(name);
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The category's URL segment; unique in the tenant.</summary>
    public string Handle { get; private set; }

    /// <summary>Sanitized HTML.</summary>
    public string? Description { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>The place among its siblings, from 0.</summary>
    public int Position { get; private set; }

    /// <summary>A hidden category and its products stay out of the storefront's navigation.</summary>
    public bool IsHidden { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, CategoryConsts.NameMaxLength, nameof(name));
        Name = name.Trim();
    }

    public void Describe(string? html)
    {
        var description = RichText.Sanitize(html);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description?.Length ?? 0, CategoryConsts.DescriptionMaxLength, nameof(html));
        Description = description;
    }

    public void Hide() => IsHidden = true;

    public void Show() => IsHidden = false;

    internal void ChangeHandle(string handle) => Handle = handle;

    internal void Place(Guid? parentId, int position)
    {
        ParentId = parentId;
        Position = position;
    }
}
