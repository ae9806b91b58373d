using System.Text.RegularExpressions;
using Commerce.Features;
using Commerce.Guids;

namespace Commerce.MultiTenancy;

/// <summary>Creates tenants and changes their slug: the rules that need the repository.</summary>
public sealed partial class TenantManager(ITenantRepository tenants, IEditionRepository editions, IGuidGenerator guids)
{
    public async Task<Tenant> CreateAsync(string name, string slug, Guid? editionId, CancellationToken ct)
    {
        slug = await CheckSlugAsync(slug, null, ct);
        var tenant = new Tenant(guids.Create(), name, slug);
        await ChangeEditionAsync(tenant, editionId, ct);
        return tenant;
    }

    /// <summary>Moves the tenant to another plan (null: the defaults); the edition must exist.</summary>
    public async Task ChangeEditionAsync(Tenant tenant, Guid? editionId, CancellationToken ct)
    {
        if (editionId is { } id && await editions.FindAsync(id, ct) is null)
            throw new BusinessException(CommerceErrorCodes.MultiTenancy.EditionNotFound, BusinessErrorKind.Invalid).WithData("edition", id);
        tenant.ChangeEdition(editionId);
    }

    public async Task ChangeSlugAsync(Tenant tenant, string slug, CancellationToken ct)
    {
        if (string.Equals(tenant.Slug, slug, StringComparison.Ordinal))
            return;
        tenant.ChangeSlug(await CheckSlugAsync(slug, tenant.Id, ct));
    }

    /// <summary>A friendly check before the insert; the unique index on the slug is the guarantee.</summary>
    private async Task<string> CheckSlugAsync(string slug, Guid? exceptId, CancellationToken ct)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        if (normalized.Length < TenantConsts.SlugMinLength || !SlugRegex().IsMatch(normalized))
            throw new BusinessException(CommerceErrorCodes.MultiTenancy.InvalidTenantSlug, BusinessErrorKind.Invalid)
                .WithData("slug", slug);
        if (await tenants.SlugExistsAsync(normalized, exceptId, ct))
            throw new BusinessException(CommerceErrorCodes.MultiTenancy.DuplicateTenantSlug).WithData("slug", normalized);
        return normalized;
    }

    [GeneratedRegex(TenantConsts.SlugPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();
}
