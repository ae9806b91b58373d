using Commerce.Application.Dtos;

namespace Commerce.Catalog.Products;

/// <summary>The tenant's products; their variants are changed through <see cref="IProductVariantAppService"/>.</summary>
public interface IProductAppService
{
    Task<ProductDto> GetAsync(Guid id, CancellationToken ct);

    /// <summary>A page of the backoffice's list: filtered, searched (typos included) and sorted on the server.</summary>
    Task<PagedResultDto<ProductListItemDto>> GetListAsync(GetProductListInput input, CancellationToken ct);

    Task<ProductDto> CreateAsync(CreateProductDto input, CancellationToken ct);

    Task<ProductDto> UpdateAsync(Guid id, UpdateProductDto input, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);

    /// <summary>Puts the product on sale (from draft).</summary>
    Task<ProductDto> ActivateAsync(Guid id, CancellationToken ct);

    /// <summary>Takes the product off sale and out of the lists' default view.</summary>
    Task<ProductDto> ArchiveAsync(Guid id, CancellationToken ct);

    /// <summary>Takes an active or archived product back to draft.</summary>
    Task<ProductDto> MoveToDraftAsync(Guid id, CancellationToken ct);
}
