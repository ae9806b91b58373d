using Commerce.BackgroundJobs;
using Commerce.BlobStoring;
using Commerce.Domain.Repositories;
using Commerce.Media;
using Commerce.Permissions;

namespace Commerce.Catalog.ProductImages;

public sealed class ProductImageAppService(
    IPermissionChecker permissions, IProductImageRepository images, ProductImageManager imageManager, IBlobStore blobs,
    IBackgroundJobManager jobs, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IProductImageAppService
{
    public async Task<IReadOnlyList<ProductImageDto>> GetListAsync(Guid productId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Default, ct);
        await imageManager.EnsureProductAsync(productId, [], ct);
        var query = images.Query().Where(i => i.ProductId == productId).OrderBy(i => i.Position).ThenBy(i => i.Id);
        return (await executor.ToListAsync(query, ct)).ConvertAll(ProductImageMapper.ToDto);
    }

    public async Task<ProductImageDto> GetAsync(Guid productId, Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Default, ct);
        return ProductImageMapper.ToDto(await GetImageAsync(productId, id, ct));
    }

    /// <summary>Nothing is written for a file that fails the checks; a row is only ever saved with its original stored.</summary>
    public async Task<ProductImageDto> UploadAsync(Guid productId, UploadProductImageDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var content = await ImageInspector.ReadAsync(input.Content, ct);
        var inspected = ImageInspector.Inspect(content);
        var image = await imageManager.CreateAsync(productId, inspected.ContentType, inspected.Width, inspected.Height, inspected.ByteSize, ct);
        image.Describe(input.AltText);
        await images.AddAsync(image, ct);
        await SaveWithOriginalAsync(image, content, ct);
        jobs.Enqueue<GenerateProductImageThumbnailsJob, GenerateProductImageThumbnailsArgs>(new(image.TenantId, image.Id));
        return ProductImageMapper.ToDto(image);
    }

    public async Task<ProductImageDto> UpdateAsync(Guid productId, Guid id, UpdateProductImageDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var image = await GetImageAsync(productId, id, ct);
        image.EnsureVersion(input.Version);
        image.Describe(input.AltText);
        await imageManager.SetVariantsAsync(image, input.VariantIds, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ProductImageMapper.ToDto(image);
    }

    public async Task<IReadOnlyList<ProductImageDto>> ReorderAsync(Guid productId, ReorderProductImagesDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var gallery = await imageManager.ReorderAsync(productId, input.ImageIds, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return [.. gallery.Select(ProductImageMapper.ToDto)];
    }

    /// <summary>The row goes first: files left behind by a failure are unreachable, a row without its file would not be.</summary>
    public async Task DeleteAsync(Guid productId, Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Catalog.Products.Edit, ct);
        var image = await GetImageAsync(productId, id, ct);
        images.Remove(image);
        await unitOfWork.SaveChangesAsync(ct);
        await blobs.DeleteAsync(image.OriginalBlob(), ct);
        foreach (var size in ProductImageConsts.ThumbnailSizes)
            await blobs.DeleteAsync(ProductImage.ThumbnailBlob(image.Id, size), ct);
    }

    /// <summary>An image of another product (or tenant) is not found, whatever its id.</summary>
    private async Task<ProductImage> GetImageAsync(Guid productId, Guid id, CancellationToken ct)
    {
        var image = await images.GetAsync(id, ct);
        return image.ProductId == productId ? image : throw new EntityNotFoundException(typeof(ProductImage), id);
    }

    /// <summary>Stores the original, then the row; when the row cannot be saved the original goes again.</summary>
    private async Task SaveWithOriginalAsync(ProductImage image, byte[] content, CancellationToken ct)
    {
        using (var stream = new MemoryStream(content, writable: false))
            await blobs.SaveAsync(image.OriginalBlob(), stream, ct);
        var saved = false;
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            saved = true;
        }
        finally
        {
            if (!saved)
                await blobs.DeleteAsync(image.OriginalBlob(), CancellationToken.None);
        }
    }
}
