using Commerce.Domain.Repositories;

namespace Commerce.MultiTenancy;

public interface ITenantRepository : IRepository<Tenant>
{
    Task<Tenant?> FindBySlugAsync(string slug, CancellationToken ct);

    Task<bool> SlugExistsAsync(string slug, Guid? exceptId, CancellationToken ct);

    Task<int> CountByEditionAsync(Guid editionId, CancellationToken ct);

    /// <summary>Untracked tenants whose name or slug contains the text (any case), optionally of one status.</summary>
    IQueryable<Tenant> Search(string? text, TenantStatus? status);
}
