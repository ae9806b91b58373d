using Commerce.Domain.Repositories;
using Commerce.Permissions;
using Microsoft.Extensions.Options;

namespace Commerce.Stores;

/// <summary>
/// A tenant's stores and their settings. What the storefront cached of a store is dropped by the save itself
/// (<see cref="IStorefrontCacheEvictor"/>), whoever changes it.
/// </summary>
public sealed class StoreAppService(
    IPermissionChecker permissions, IStoreRepository stores, StoreManager storeManager, IAsyncQueryExecutor executor,
    IUnitOfWork unitOfWork, IOptions<StoreDomainOptions> domainOptions)
    : IStoreAppService
{
    public async Task<StoreDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        return ToDto(await stores.GetAsync(id, ct));
    }

    public async Task<IReadOnlyList<StoreDto>> GetListAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        var list = await executor.ToListAsync(stores.Query().OrderBy(s => s.Name).ThenBy(s => s.Id), ct);
        return list.ConvertAll(ToDto);
    }

    /// <summary>Counted against the plan's limit under a per-tenant lock, so concurrent creations never pass it.</summary>
    public async Task<StoreDto> CreateAsync(CreateStoreDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Create, ct);
        var regional = new StoreRegionalSettings(input.DefaultLocale, input.Currency, input.TimeZone);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await stores.LockForCreateAsync(ct);
        var store = await storeManager.CreateAsync(input.Name, input.Slug, regional, ct);
        await stores.AddAsync(store, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ToDto(store);
    }

    public async Task<StoreDto> UpdateAsync(Guid id, UpdateStoreDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Edit, ct);
        var store = await stores.GetAsync(id, ct);
        store.EnsureVersion(input.Version);
        store.Rename(input.Name);
        await storeManager.ChangeSlugAsync(store, input.Slug, ct);
        await storeManager.ChangeDomainsAsync(store, input.Domains, ct);
        store.ChangeRegionalSettings(new StoreRegionalSettings(input.DefaultLocale, input.Currency, input.TimeZone));
        store.ChangeContact(input.ContactEmail, input.ContactPhone, StoreMapper.ToAddress(input.Address));
        store.ChangeAppearance(input.LogoUrl, StoreMapper.ToTheme(input.Theme));
        store.ChangeReturnPolicy(input.ReturnPolicy);
        if (input.Tax is { } tax)
            store.ChangeTaxSettings(new StoreTaxSettings(tax.RatePercent, tax.PricesIncludeTax, tax.TaxShipping));
        if (input.Status == StoreStatus.Open)
            store.Open();
        else
            store.Close();
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(store);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Delete, ct);
        await storeManager.DeleteAsync(await stores.GetAsync(id, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private StoreDto ToDto(Store store) => StoreMapper.ToDto(store, domainOptions.Value);
}
