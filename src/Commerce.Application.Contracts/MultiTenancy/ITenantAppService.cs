using Commerce.Application.Dtos;

namespace Commerce.MultiTenancy;

/// <summary>Center Control's tenants.</summary>
public interface ITenantAppService
{
    Task<TenantDto> GetAsync(Guid id, CancellationToken ct);

    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken ct);

    Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken ct);

    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken ct);

    Task<TenantDto> SuspendAsync(Guid id, SuspendTenantDto input, CancellationToken ct);

    Task<TenantDto> ReactivateAsync(Guid id, CancellationToken ct);

    /// <summary>Deletes softly: the tenant disappears at once, and its data is purged after the retention policy's days.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct);
}
