using Commerce.Domain.Repositories;

namespace Commerce.Stores;

public interface IStoreRepository : IRepository<Store>
{
    Task<int> CountAsync(CancellationToken ct);

    /// <summary>Serializes the tenant's store creations until the transaction ends, so the plan's limit holds exactly.</summary>
    Task LockForCreateAsync(CancellationToken ct);

    /// <summary>How many of these ids are stores of the current tenant.</summary>
    Task<int> CountExistingAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>
    /// The store a slug or custom host names, in any tenant: names are unique on the whole platform. The one read
    /// of the platform-wide name registry, for storefront resolution and the friendly uniqueness checks.
    /// </summary>
    Task<StoreLocation?> FindLocationAsync(string name, CancellationToken ct);
}
