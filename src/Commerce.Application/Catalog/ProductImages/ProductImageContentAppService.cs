using System.Globalization;
using Commerce.BlobStoring;
using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.ProductImages;

/// <summary>
/// Public on purpose, so no permission is checked: product images are part of every store's public pages. The
/// tenant comes from the address and the image is read as that tenant, so the query filter and row-level security
/// still confine the read to it.
/// </summary>
public sealed class ProductImageContentAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, IProductImageRepository images, IBlobStore blobs, IAsyncQueryExecutor executor)
    : IProductImageContentAppService
{
    public async Task<ProductImageContentDto> GetAsync(Guid tenantId, Guid imageId, string size, CancellationToken ct)
    {
        if (await tenants.FindAsync(tenantId, ct) is not { IsActive: true })
            throw NotFound(imageId);
        using var scope = currentTenant.Change(tenantId);
        var image = await executor.FirstOrDefaultAsync(images.Query().Where(i => i.Id == imageId), ct) ?? throw NotFound(imageId);
        var (blob, contentType) = size == ProductImageConsts.OriginalSize
            ? (image.OriginalBlob(), image.ContentType)
            : int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && image.HasThumbnail(pixels)
                ? (ProductImage.ThumbnailBlob(image.Id, pixels), ThumbnailRenderer.ContentType)
                : throw NotFound(imageId);
        var content = await blobs.OpenReadAsync(blob, ct) ?? throw NotFound(imageId);
        return new ProductImageContentDto { Content = content, ContentType = contentType, ETag = $"\"{image.Id:N}-{size}\"" };
    }

    private static EntityNotFoundException NotFound(Guid imageId) => new(typeof(ProductImage), imageId);
}
