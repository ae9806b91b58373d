namespace Commerce.Catalog.ProductImages;

/// <summary>A product's image gallery in the backoffice.</summary>
public interface IProductImageAppService
{
    /// <summary>The product's images in gallery order.</summary>
    Task<IReadOnlyList<ProductImageDto>> GetListAsync(Guid productId, CancellationToken ct);

    Task<ProductImageDto> GetAsync(Guid productId, Guid id, CancellationToken ct);

    /// <summary>Checks the file, stores it and adds it at the end of the gallery; its thumbnails are made in the background.</summary>
    Task<ProductImageDto> UploadAsync(Guid productId, UploadProductImageDto input, CancellationToken ct);

    Task<ProductImageDto> UpdateAsync(Guid productId, Guid id, UpdateProductImageDto input, CancellationToken ct);

    /// <summary>Puts the whole gallery in a new order; returns it in that order.</summary>
    Task<IReadOnlyList<ProductImageDto>> ReorderAsync(Guid productId, ReorderProductImagesDto input, CancellationToken ct);

    /// <summary>Deletes the image and its files.</summary>
    Task DeleteAsync(Guid productId, Guid id, CancellationToken ct);
}
