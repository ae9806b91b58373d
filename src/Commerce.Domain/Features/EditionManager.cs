using Commerce.Guids;
using Commerce.MultiTenancy;

namespace Commerce.Features;

/// <summary>Creates and deletes editions: the rules that need other aggregates.</summary>
public sealed class EditionManager(IEditionRepository editions, ITenantRepository tenants, IGuidGenerator guids)
{
    public async Task<Edition> CreateAsync(string name, string displayName, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, EditionConsts.NameMaxLength, nameof(name));
        name = name.Trim();
        if (await editions.NameExistsAsync(name, null, ct))
            throw new BusinessException(CommerceErrorCodes.Features.DuplicateEditionName).WithData("name", name);
        return new Edition(guids.Create(), name, displayName);
    }

    /// <summary>An edition that is still some tenant's plan cannot go: move those tenants first.</summary>
    public async Task DeleteAsync(Edition edition, CancellationToken ct)
    {
        var users = await tenants.CountByEditionAsync(edition.Id, ct);
        if (users > 0)
            throw new BusinessException(CommerceErrorCodes.Features.EditionInUse).WithData("name", edition.DisplayName).WithData("count", users);
        editions.Remove(edition);
    }
}
