using System.Globalization;
using Commerce.Domain.Repositories;
using Commerce.Media;

namespace Commerce.Catalog.ProductImages;

/// <summary>Public on purpose, so no permission is checked: product images are part of every store's public pages.</summary>
public sealed class ProductImageContentAppService(IProductImageRepository images, IAsyncQueryExecutor executor, PublicMediaReader reader)
    : IProductImageContentAppService
{
    public async Task<MediaContentDto> GetAsync(Guid tenantId, Guid imageId, string size, CancellationToken ct) =>
        await reader.OpenAsync(tenantId, async c => ToFile(await executor.FirstOrDefaultAsync(images.Query().Where(i => i.Id == imageId), c), size), ct)
            ?? throw new EntityNotFoundException(typeof(ProductImage), imageId);

    /// <summary>The original, or a thumbnail once it is made; any other size is not a file.</summary>
    private static MediaFile? ToFile(ProductImage? image, string size)
    {
        if (image is null)
            return null;
        var etag = $"\"{image.Id:N}-{size}\"";
        if (size == ProductImageConsts.OriginalSize)
            return new MediaFile(image.OriginalBlob(), image.ContentType, etag);
        return int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && image.HasThumbnail(pixels)
            ? new MediaFile(ProductImage.ThumbnailBlob(image.Id, pixels), ThumbnailRenderer.ContentType, etag)
            : null;
    }
}
