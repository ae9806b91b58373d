namespace Commerce.Stores.ShippingMethods;

public interface IShippingMethodAppService
{
    Task<IReadOnlyList<ShippingMethodDto>> GetListAsync(Guid storeId, CancellationToken ct);

    Task<ShippingMethodDto> GetAsync(Guid storeId, Guid id, CancellationToken ct);

    Task<ShippingMethodDto> CreateAsync(Guid storeId, CreateShippingMethodDto input, CancellationToken ct);

    Task<ShippingMethodDto> UpdateAsync(Guid storeId, Guid id, UpdateShippingMethodDto input, CancellationToken ct);

    Task DeleteAsync(Guid storeId, Guid id, CancellationToken ct);
}
