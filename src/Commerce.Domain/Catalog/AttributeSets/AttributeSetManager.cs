using Commerce.Guids;

namespace Commerce.Catalog.AttributeSets;

/// <summary>Creates, renames and deletes attribute sets: the rules that need the repository.</summary>
public sealed class AttributeSetManager(IAttributeSetRepository sets, IGuidGenerator guids)
{
    public async Task<AttributeSet> CreateAsync(string name, IEnumerable<AttributeDefinition> attributes, CancellationToken ct) =>
        new(guids.Create(), await CheckNameAsync(name, null, ct), attributes);

    public async Task RenameAsync(AttributeSet set, string name, CancellationToken ct) =>
        set.Rename(await CheckNameAsync(name, set.Id, ct));

    /// <summary>Deletes the set when the unit of work saves.</summary>
    public Task DeleteAsync(AttributeSet set, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        sets.Remove(set);
        return Task.CompletedTask;
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
