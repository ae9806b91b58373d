using Commerce.Catalog.AttributeSets;
using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.Products;

/// <summary>
/// A product of the tenant's catalog with its variants (at least one), options, categories and attribute values.
/// It carries no currency: the store that sells it has one. <see cref="ProductManager"/> creates it and keeps its
/// handle and SKUs unique; this file holds the product's own data, Product.Variants.cs its options and variants.
/// </summary>
public sealed partial class Product : FullAuditedAggregateRoot, IMultiTenant
{
    private readonly List<ProductCategory> categories = [];
    private IReadOnlyList<AttributeValue> attributeValues = [];
    private List<string> tags = [];
    private List<Guid> storeIds = [];

    private Product()
    {
        Title = string.Empty;
        Handle = string.Empty;
    }

    internal Product(Guid id, string title, string handle, Guid defaultVariantId, VariantDetails defaultVariant)
        : base(id)
    {
        Title = string.Empty;
        Handle = handle;
        Rename(title);
        Status = ProductStatus.Draft;
        variants.Add(new ProductVariant(defaultVariantId, id, [], defaultVariant, 0));
        RefreshMinPrice();
    }

    public Guid TenantId { get; private set; }

    public string Title { get; private set; }

    /// <summary>The product's URL segment; unique in the tenant.</summary>
    public string Handle { get; private set; }

    /// <summary>Sanitized HTML.</summary>
    public string? Description { get; private set; }

    public ProductStatus Status { get; private set; }

    public string? SeoTitle { get; private set; }

    public string? SeoDescription { get; private set; }

    public IReadOnlyList<string> Tags => tags;

    /// <summary>The stores the product is published to.</summary>
    public IReadOnlyList<Guid> StoreIds => storeIds;

    public IReadOnlyList<ProductCategory> Categories => categories;

    public Guid? AttributeSetId { get; private set; }

    /// <summary>The values of the attribute set's attributes, checked against the set, in its order.</summary>
    public IReadOnlyList<AttributeValue> AttributeValues => attributeValues;

    /// <summary>The lowest regular price of the variants, kept for sorting lists by price.</summary>
    public decimal MinPrice { get; private set; }

    public void Rename(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(title.Trim().Length, ProductConsts.TitleMaxLength, nameof(title));
        Title = title.Trim();
    }

    public void Describe(string? html)
    {
        var description = RichText.Sanitize(html);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description?.Length ?? 0, ProductConsts.DescriptionMaxLength, nameof(html));
        Description = description;
    }

    public void SetSeo(string? title, string? description)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(title?.Trim().Length ?? 0, ProductConsts.SeoTitleMaxLength, nameof(title));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description?.Trim().Length ?? 0, ProductConsts.SeoDescriptionMaxLength, nameof(description));
        SeoTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        SeoDescription = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>Trimmed, without blanks, each once (ignoring case), in the given order.</summary>
    public void SetTags(IEnumerable<string> values)
    {
        var list = values.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(list.Count, ProductConsts.MaxTagCount, nameof(values));
        if (list.Any(t => t.Length > ProductConsts.TagMaxLength))
            throw new ArgumentOutOfRangeException(nameof(values), "A tag is longer than the column.");
        tags = list;
    }

    /// <summary>Publishes the product to exactly these stores; each is named once and none is empty.</summary>
    public void PublishTo(IEnumerable<Guid> stores)
    {
        var list = stores.ToList();
        if (list.Contains(Guid.Empty) || list.Distinct().Count() != list.Count || list.Count > ProductConsts.MaxStoreCount)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidStoreIds, BusinessErrorKind.Invalid);
        storeIds = list;
    }

    public void Activate() => ChangeStatus(ProductStatus.Active);

    public void Archive() => ChangeStatus(ProductStatus.Archived);

    public void MoveToDraft() => ChangeStatus(ProductStatus.Draft);

    internal void ChangeHandle(string handle) => Handle = handle;

    /// <summary>The categories the product is in; a category kept keeps its row.</summary>
    internal void SetCategories(IReadOnlyCollection<Guid> categoryIds)
    {
        categories.RemoveAll(c => !categoryIds.Contains(c.CategoryId));
        foreach (var id in categoryIds.Where(id => categories.TrueForAll(c => c.CategoryId != id)))
            categories.Add(new ProductCategory(id));
    }

    internal void SetAttributes(AttributeSet? set, IEnumerable<AttributeValue> values)
    {
        AttributeSetId = set?.Id;
        attributeValues = set is null
            ? values.Any() ? throw UnknownAttribute(values.First().Code) : []
            : set.Validate(values);
    }

    private static BusinessException UnknownAttribute(string code) =>
        new BusinessException(CommerceErrorCodes.Catalog.UnknownAttribute, BusinessErrorKind.Invalid).WithData("code", code);

    /// <summary>Draft ⇄ Active, either to Archived, and Archived back to Draft only.</summary>
    private void ChangeStatus(ProductStatus to)
    {
        var allowed = (Status, to) switch
        {
            (ProductStatus.Draft, ProductStatus.Active or ProductStatus.Archived) => true,
            (ProductStatus.Active, ProductStatus.Draft or ProductStatus.Archived) => true,
            (ProductStatus.Archived, ProductStatus.Draft) => true,
            _ => false,
        };
        if (!allowed)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidStatusTransition).WithData("from", Status).WithData("to", to);
        Status = to;
    }
}
