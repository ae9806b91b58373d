using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.Permissions;

namespace Commerce.MultiTenancy;

/// <summary>Center Control's tenants.</summary>
public sealed class TenantAppService(
    IPermissionChecker permissions, ITenantRepository tenants, TenantManager tenantManager, TenantOwnerSetup ownerSetup,
    ITenantStore tenantStore, FeatureValueCache featureCache, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : ITenantAppService
{
    public async Task<TenantDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Default, ct);
        return TenantMapper.ToDto(await tenants.GetAsync(id, ct));
    }

    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Default, ct);
        var query = tenants.Search(input.Filter, input.Status);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<TenantDto> { TotalCount = total, Items = await executor.ToListAsync(TenantMapper.ProjectToDto(page), ct) };
    }

    /// <summary>The tenant, its roles and its first owner, all or nothing.</summary>
    public async Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Create, ct);
        var tenant = await tenantManager.CreateAsync(input.Name, input.Slug, input.EditionId, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await tenants.AddAsync(tenant, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await ownerSetup.SetUpAsync(tenant.Id, input.OwnerEmail, input.OwnerPassword, input.OwnerName, ct);
        await transaction.CommitAsync(ct);
        return TenantMapper.ToDto(tenant);
    }

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Edit, ct);
        var tenant = await tenants.GetAsync(id, ct);
        tenant.EnsureVersion(input.Version);
        var before = TenantMapper.ToInfo(tenant);
        tenant.Rename(input.Name);
        await tenantManager.ChangeSlugAsync(tenant, input.Slug, ct);
        await tenantManager.ChangeEditionAsync(tenant, input.EditionId, ct);
        return await SaveAsync(tenant, before, ct);
    }

    public async Task<TenantDto> SuspendAsync(Guid id, SuspendTenantDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Suspend, ct);
        var tenant = await tenants.GetAsync(id, ct);
        tenant.Suspend(input.Reason);
        return await SaveAsync(tenant, TenantMapper.ToInfo(tenant), ct);
    }

    public async Task<TenantDto> ReactivateAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Suspend, ct);
        var tenant = await tenants.GetAsync(id, ct);
        tenant.Reactivate();
        return await SaveAsync(tenant, TenantMapper.ToInfo(tenant), ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.MultiTenancy.Tenants.Delete, ct);
        var tenant = await tenants.GetAsync(id, ct);
        tenants.Remove(tenant);
        await SaveAsync(tenant, TenantMapper.ToInfo(tenant), ct);
    }

    /// <summary>Saves, then drops what request handling cached about the tenant as it was.</summary>
    private async Task<TenantDto> SaveAsync(Tenant tenant, TenantInfo before, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        await tenantStore.InvalidateAsync(before, ct);
        await featureCache.InvalidateTenantAsync(tenant.Id, ct);
        return TenantMapper.ToDto(tenant);
    }
}
