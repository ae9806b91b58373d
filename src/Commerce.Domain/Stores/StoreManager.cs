using System.Text.RegularExpressions;
using Commerce.Features;
using Commerce.Guids;
using Commerce.MultiTenancy;
using Microsoft.Extensions.Options;

namespace Commerce.Stores;

/// <summary>Creates stores within the plan and keeps slugs and domains unique on the whole platform.</summary>
public sealed partial class StoreManager(
    IStoreRepository stores, ITenantRepository tenants, ICurrentTenant currentTenant, IFeatureChecker features,
    IOptions<StoreDomainOptions> domainOptions, IGuidGenerator guids)
{
    public async Task<Store> CreateAsync(string name, string slug, StoreRegionalSettings regional, CancellationToken ct)
    {
        var count = await stores.CountAsync(ct);
        if (count > 0)
            await features.CheckEnabledAsync(CommerceFeatures.Stores.MultiStore, ct);
        await features.EnsureBelowLimitAsync(CommerceFeatures.Stores.MaxStoreCount, _ => Task.FromResult(count), CommerceErrorCodes.Stores.StoreLimitReached, ct);
        return new Store(guids.Create(), name, await CheckSlugAsync(slug, null, ct), regional);
    }

    public async Task ChangeSlugAsync(Store store, string slug, CancellationToken ct)
    {
        if (!string.Equals(store.Slug, slug, StringComparison.Ordinal))
            store.ChangeSlug(await CheckSlugAsync(slug, store.Id, ct));
    }

    /// <summary>Sets the store's custom domains: host names, outside the platform's domain, not used by any other store.</summary>
    public async Task ChangeDomainsAsync(Store store, IEnumerable<string> hosts, CancellationToken ct)
    {
        var normalized = hosts.Select(h => h.Trim().TrimEnd('.').ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var host in normalized)
        {
            if (!HostRegex().IsMatch(host) || domainOptions.Value.IsPlatformHost(host))
                throw new BusinessException(CommerceErrorCodes.Stores.InvalidDomain, BusinessErrorKind.Invalid).WithData("domain", host);
            if (await stores.FindLocationAsync(host, ct) is { } owner && owner.StoreId != store.Id)
                throw new BusinessException(CommerceErrorCodes.Stores.DuplicateDomain).WithData("domain", host);
        }

        store.ReplaceDomains(normalized);
    }

    public async Task DeleteAsync(Store store, CancellationToken ct)
    {
        if (await stores.CountAsync(ct) <= 1)
            throw new BusinessException(CommerceErrorCodes.Stores.LastStoreCannotBeDeleted);
        store.ReleaseDomains();
        stores.Remove(store);
    }

    /// <summary>
    /// A friendly check before the insert (the unique index on the slug is the guarantee). A slug that is another
    /// tenant's own slug is taken too: that tenant's sub-domain is already its address.
    /// </summary>
    private async Task<string> CheckSlugAsync(string slug, Guid? storeId, CancellationToken ct)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        if (normalized.Length is < StoreConsts.SlugMinLength or > StoreConsts.SlugMaxLength || !SlugRegex().IsMatch(normalized))
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidStoreSlug, BusinessErrorKind.Invalid).WithData("slug", slug);
        var owner = await stores.FindLocationAsync(normalized, ct);
        var tenant = await tenants.FindBySlugAsync(normalized, ct);
        if (owner is not null && owner.StoreId != storeId || tenant is not null && tenant.Id != currentTenant.Id)
            throw new BusinessException(CommerceErrorCodes.Stores.DuplicateStoreSlug).WithData("slug", normalized);
        return normalized;
    }

    [GeneratedRegex(StoreConsts.SlugPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();

    [GeneratedRegex(StoreConsts.HostPattern, RegexOptions.CultureInvariant)]
    private static partial Regex HostRegex();
}
