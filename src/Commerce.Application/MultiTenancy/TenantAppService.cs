using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;

namespace Commerce.MultiTenancy;

/// <summary>
/// Center Control's tenants. The controller admits host administrators only; permission checks join here with
/// the permission system.
/// </summary>
public sealed class TenantAppService(
    ITenantRepository tenants, TenantManager tenantManager, ITenantStore tenantStore, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : ITenantAppService
{
    public async Task<TenantDto> GetAsync(Guid id, CancellationToken ct) =>
        TenantMapper.ToDto(await tenants.GetAsync(id, ct));

    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken ct)
    {
        var query = tenants.Search(input.Filter, input.Status);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<TenantDto> { TotalCount = total, Items = await executor.ToListAsync(TenantMapper.ProjectToDto(page), ct) };
    }

    public async Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken ct)
    {
        var tenant = await tenantManager.CreateAsync(input.Name, input.Slug, ct);
        await tenants.AddAsync(tenant, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return TenantMapper.ToDto(tenant);
    }

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(id, ct);
        tenant.EnsureVersion(input.Version);
        var before = TenantMapper.ToInfo(tenant);
        tenant.Rename(input.Name);
        await tenantManager.ChangeSlugAsync(tenant, input.Slug, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await tenantStore.InvalidateAsync(before, ct);
        return TenantMapper.ToDto(tenant);
    }
}
