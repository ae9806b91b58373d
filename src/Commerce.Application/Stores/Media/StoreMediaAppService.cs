using Commerce.BlobStoring;
using Commerce.Guids;
using Commerce.Media;
using Commerce.Permissions;
using SkiaSharp;

namespace Commerce.Stores.Media;

/// <summary>
/// Uploads for a store's appearance. What is shown is a picture made of the upload: at most
/// <see cref="StoreMediaConsts.DisplaySize"/> px, upright, without the photo's metadata (a phone's GPS position), as
/// JPEG for a JPEG and PNG for anything else, since the logo is also in every email and mail clients that show no
/// WebP are still common. It is made in the request rather than by a job, unlike product thumbnails: the merchant
/// puts the returned address in the form at once, and it must show the finished file from the first request on,
/// since its cache never ends. One size, decoded at a reduced scale where the format allows, keeps that short.
/// </summary>
public sealed class StoreMediaAppService(IPermissionChecker permissions, IStoreRepository stores, IBlobStore blobs, IGuidGenerator guids)
    : IStoreMediaAppService
{
    /// <summary>Nothing is written for a file that fails the checks, nor for another tenant's store (404).</summary>
    public async Task<StoreMediaDto> UploadAsync(Guid storeId, UploadStoreMediaDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Edit, ct);
        var store = await stores.GetAsync(storeId, ct);
        var content = await ImageInspector.ReadAsync(input.Content, ct);
        var photo = ImageInspector.Inspect(content).ContentType == "image/jpeg";
        var format = photo ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png;
        var display = ThumbnailRenderer.Render(content, [StoreMediaConsts.DisplaySize], format)[StoreMediaConsts.DisplaySize];
        var shown = ImageInspector.Inspect(display);
        var (id, fileName) = (guids.Create(), StoreMedia.DisplayFileName(photo));
        await SaveBothAsync(StoreMedia.OriginalBlob(id), content, StoreMedia.DisplayBlob(id, fileName), display, ct);
        return new StoreMediaDto
        {
            Id = id, Url = StoreMedia.Url(store.TenantId, id, fileName), ContentType = shown.ContentType, Width = shown.Width, Height = shown.Height,
        };
    }

    /// <summary>Both files or neither: a half-stored upload is removed again.</summary>
    private async Task SaveBothAsync(BlobName original, byte[] originalContent, BlobName display, byte[] displayContent, CancellationToken ct)
    {
        var saved = false;
        try
        {
            await SaveAsync(original, originalContent, ct);
            await SaveAsync(display, displayContent, ct);
            saved = true;
        }
        finally
        {
            if (!saved)
            {
                await blobs.DeleteAsync(original, CancellationToken.None);
                await blobs.DeleteAsync(display, CancellationToken.None);
            }
        }
    }

    private async Task SaveAsync(BlobName name, byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        await blobs.SaveAsync(name, stream, ct);
    }
}
