namespace Commerce.Stores;

public interface IStoreAppService
{
    Task<StoreDto> GetAsync(Guid id, CancellationToken ct);

    /// <summary>The tenant's stores by name; a plan allows a handful, so the list is not paged.</summary>
    Task<IReadOnlyList<StoreDto>> GetListAsync(CancellationToken ct);

    Task<StoreDto> CreateAsync(CreateStoreDto input, CancellationToken ct);

    Task<StoreDto> UpdateAsync(Guid id, UpdateStoreDto input, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);
}
