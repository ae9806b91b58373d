using Commerce.BlobStoring;
using Commerce.Guids;
using Commerce.Media;
using Commerce.Permissions;

namespace Commerce.Stores.Media;

/// <summary>
/// Uploads for a store's appearance. The picture is made in the request rather than by a job, unlike product
/// thumbnails: the merchant puts the returned address in the form at once, and it must show the finished file from
/// the first request on, since its cache never ends. One size, decoded at a reduced scale where the format allows,
/// keeps that short.
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
        ImageInspector.Inspect(content);
        var display = ThumbnailRenderer.Render(content, [StoreMediaConsts.DisplaySize])[StoreMediaConsts.DisplaySize];
        var shown = ImageInspector.Inspect(display);
        var id = guids.Create();
        await SaveBothAsync(id, content, display, ct);
        return new StoreMediaDto
        {
            Id = id, Url = StoreMedia.Url(store.TenantId, id), ContentType = ThumbnailRenderer.ContentType, Width = shown.Width, Height = shown.Height,
        };
    }

    /// <summary>Both files or neither: a half-stored upload is removed again.</summary>
    private async Task SaveBothAsync(Guid id, byte[] original, byte[] display, CancellationToken ct)
    {
        var saved = false;
        try
        {
            await SaveAsync(StoreMedia.OriginalBlob(id), original, ct);
            await SaveAsync(StoreMedia.DisplayBlob(id), display, ct);
            saved = true;
        }
        finally
        {
            if (!saved)
            {
                await blobs.DeleteAsync(StoreMedia.OriginalBlob(id), CancellationToken.None);
                await blobs.DeleteAsync(StoreMedia.DisplayBlob(id), CancellationToken.None);
            }
        }
    }

    private async Task SaveAsync(BlobName name, byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        await blobs.SaveAsync(name, stream, ct);
    }
}
