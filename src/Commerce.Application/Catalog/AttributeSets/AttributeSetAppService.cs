using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;
using Commerce.Permissions;

namespace Commerce.Catalog.AttributeSets;

public sealed class AttributeSetAppService(
    IPermissionChecker permissions, IAttributeSetRepository sets, AttributeSetManager setManager, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IAttributeSetAppService
{
    public async Task<AttributeSetDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.AttributeSets.Default, ct);
        return AttributeSetMapper.ToDto(await sets.GetAsync(id, ct));
    }

    public async Task<PagedResultDto<AttributeSetDto>> GetListAsync(GetAttributeSetListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.AttributeSets.Default, ct);
        var query = sets.Search(input.Filter);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        var items = await executor.ToListAsync(page, ct);
        return new PagedResultDto<AttributeSetDto> { TotalCount = total, Items = items.ConvertAll(AttributeSetMapper.ToDto) };
    }

    public async Task<AttributeSetDto> CreateAsync(CreateAttributeSetDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.AttributeSets.Create, ct);
        var set = await setManager.CreateAsync(input.Name, AttributeSetMapper.ToDefinitions(input.Attributes), ct);
        await sets.AddAsync(set, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return AttributeSetMapper.ToDto(set);
    }

    public async Task<AttributeSetDto> UpdateAsync(Guid id, UpdateAttributeSetDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.AttributeSets.Edit, ct);
        var set = await sets.GetAsync(id, ct);
        set.EnsureVersion(input.Version);
        await setManager.RenameAsync(set, input.Name, ct);
        set.SetAttributes(AttributeSetMapper.ToDefinitions(input.Attributes));
        await unitOfWork.SaveChangesAsync(ct);
        return AttributeSetMapper.ToDto(set);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.AttributeSets.Delete, ct);
        var set = await sets.GetAsync(id, ct);
        await setManager.DeleteAsync(set, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
