using Commerce.BackgroundJobs;
using Commerce.BlobStoring;
using Commerce.Domain.Repositories;
using Commerce.Media;
using Commerce.MultiTenancy;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog.ProductImages;

/// <summary>
/// Makes an uploaded image's thumbnails (<see cref="ProductImageConsts.ThumbnailSizes"/>), saves them beside the
/// original and marks the image ready. A rerun makes and saves them again, over the first ones; an image deleted
/// meanwhile leaves no thumbnail behind.
/// </summary>
public sealed partial class GenerateProductImageThumbnailsJob(
    IProductImageRepository images, IBlobStore blobs, IUnitOfWork unitOfWork, ICurrentTenant currentTenant,
    ILogger<GenerateProductImageThumbnailsJob> logger)
    : IBackgroundJob<GenerateProductImageThumbnailsArgs>
{
    public async Task ExecuteAsync(GenerateProductImageThumbnailsArgs args, CancellationToken ct)
    {
        using var tenant = currentTenant.Change(args.TenantId);
        var image = await images.FindAsync(args.ImageId, ct);
        if (image is null)
        {
            foreach (var size in ProductImageConsts.ThumbnailSizes)
                await blobs.DeleteAsync(ProductImage.ThumbnailBlob(args.ImageId, size), ct);
            LogImageGone(logger, args.ImageId);
            return;
        }

        var thumbnails = ThumbnailRenderer.Render(await ReadOriginalAsync(image, ct), ProductImageConsts.ThumbnailSizes);
        foreach (var (size, content) in thumbnails)
        {
            using var stream = new MemoryStream(content, writable: false);
            await blobs.SaveAsync(ProductImage.ThumbnailBlob(image.Id, size), stream, ct);
        }

        image.MarkThumbnailsReady(thumbnails.Keys);
        await unitOfWork.SaveChangesAsync(ct);
        LogMade(logger, image.Id, thumbnails.Count);
    }

    private async Task<byte[]> ReadOriginalAsync(ProductImage image, CancellationToken ct)
    {
        await using var original = await blobs.OpenReadAsync(image.OriginalBlob(), ct)
            ?? throw new InvalidOperationException($"The original of product image {image.Id} is missing from the blob store.");
        using var buffer = new MemoryStream();
        await original.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product image {ImageId}: {Count} thumbnails made")]
    private static partial void LogMade(ILogger logger, Guid imageId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Product image {ImageId} was deleted before its thumbnails were made")]
    private static partial void LogImageGone(ILogger logger, Guid imageId);
}
