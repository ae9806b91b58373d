using Commerce.Domain.Repositories;
using Commerce.Permissions;

namespace Commerce.Stores.ShippingMethods;

/// <summary>A store's shipping methods. Reading needs the stores permission; changing them, the shipping one.</summary>
public sealed class ShippingMethodAppService(
    IPermissionChecker permissions, IStoreRepository stores, IShippingMethodRepository methods, ShippingMethodManager manager, IUnitOfWork unitOfWork)
    : IShippingMethodAppService
{
    public async Task<IReadOnlyList<ShippingMethodDto>> GetListAsync(Guid storeId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        await stores.GetAsync(storeId, ct);
        return (await methods.GetListAsync(storeId, ct)).ConvertAll(ShippingMethodMapper.ToDto);
    }

    public async Task<ShippingMethodDto> GetAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        return ShippingMethodMapper.ToDto(await GetOfStoreAsync(storeId, id, ct));
    }

    public async Task<ShippingMethodDto> CreateAsync(Guid storeId, CreateShippingMethodDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.ManageShipping, ct);
        var method = await manager.CreateAsync(storeId, input.Type, input.Name, ct);
        await ApplyAsync(method, input, ct);
        await methods.AddAsync(method, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ShippingMethodMapper.ToDto(method);
    }

    public async Task<ShippingMethodDto> UpdateAsync(Guid storeId, Guid id, UpdateShippingMethodDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.ManageShipping, ct);
        var method = await GetOfStoreAsync(storeId, id, ct);
        method.EnsureVersion(input.Version);
        await ApplyAsync(method, input, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ShippingMethodMapper.ToDto(method);
    }

    public async Task DeleteAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.ManageShipping, ct);
        methods.Remove(await GetOfStoreAsync(storeId, id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(ShippingMethod method, SaveShippingMethodDto input, CancellationToken ct)
    {
        method.Rename(input.Name, input.Description);
        method.ChangeRates(input.Price, input.FreeAboveAmount, ShippingMethodMapper.ToRates(input.WeightRates));
        method.ChangeDestinations(ShippingMethodMapper.ToDestinations(input.Destinations));
        if (!input.IsEnabled)
            method.Disable();
        else if (!method.IsEnabled)
            await manager.EnableAsync(method, ct);
    }

    private async Task<ShippingMethod> GetOfStoreAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        var method = await methods.GetAsync(id, ct);
        return method.StoreId == storeId ? method : throw new EntityNotFoundException(typeof(ShippingMethod), id);
    }
}
