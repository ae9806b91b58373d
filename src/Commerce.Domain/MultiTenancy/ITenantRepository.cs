using Commerce.Domain.Repositories;

namespace Commerce.MultiTenancy;

public interface ITenantRepository : IRepository<Tenant>
{
    Task<Tenant?> FindBySlugAsync(string slug, CancellationToken ct);

    Task<bool> SlugExistsAsync(string slug, Guid? exceptId, CancellationToken ct);

    /// <summary>Deleted tenants whose deletion is at or before the given time, for the purge.</summary>
    Task<List<Tenant>> GetDeletedBeforeAsync(DateTimeOffset deletedBefore, CancellationToken ct);

    /// <summary>Removes a deleted tenant's row for good; its data must be purged first.</summary>
    Task HardDeleteAsync(Guid id, CancellationToken ct);

    Task<int> CountByEditionAsync(Guid editionId, CancellationToken ct);

    /// <summary>Untracked tenants whose name or slug contains the text (any case), optionally of one status.</summary>
    IQueryable<Tenant> Search(string? text, TenantStatus? status);
}
