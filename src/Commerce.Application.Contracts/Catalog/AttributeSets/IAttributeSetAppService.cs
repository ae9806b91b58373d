using Commerce.Application.Dtos;

namespace Commerce.Catalog.AttributeSets;

/// <summary>The tenant's product templates.</summary>
public interface IAttributeSetAppService
{
    Task<AttributeSetDto> GetAsync(Guid id, CancellationToken ct);

    Task<PagedResultDto<AttributeSetDto>> GetListAsync(GetAttributeSetListInput input, CancellationToken ct);

    Task<AttributeSetDto> CreateAsync(CreateAttributeSetDto input, CancellationToken ct);

    Task<AttributeSetDto> UpdateAsync(Guid id, UpdateAttributeSetDto input, CancellationToken ct);

    /// <summary>Deletes a set no product uses.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct);
}
