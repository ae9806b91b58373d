using Commerce.Catalog.Products;
using Commerce.Guids;

namespace Commerce.Catalog.AttributeSets;

/// <summary>Creates, renames and deletes attribute sets: the rules that need the repository.</summary>
public sealed class AttributeSetManager(IAttributeSetRepository sets, IProductRepository products, IGuidGenerator guids)
{
    public async Task<AttributeSet> CreateAsync(string name, IEnumerable<AttributeDefinition> attributes, CancellationToken ct) =>
        new(guids.Create(), await CheckNameAsync(name, null, ct), attributes);

    public async Task RenameAsync(AttributeSet set, string name, CancellationToken ct) =>
        set.Rename(await CheckNameAsync(name, set.Id, ct));

    /// <summary>A set that products use stays: put those products on another set first.</summary>
    public async Task DeleteAsync(AttributeSet set, CancellationToken ct)
    {
        var used = await products.CountByAttributeSetAsync(set.Id, ct);
        if (used > 0)
            throw new BusinessException(CommerceErrorCodes.Catalog.AttributeSetInUse).WithData("name", set.Name).WithData("count", used);
        sets.Remove(set);
    }

    /// <summary>A friendly check before the save; the unique index on (tenant_id, name) is the guarantee.</summary>
    private async Task<string> CheckNameAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, AttributeSetConsts.NameMaxLength, nameof(name));
        if (await sets.NameExistsAsync(name, exceptId, ct))
            throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateAttributeSetName).WithData("name", name);
        return name;
    }
}
