using Commerce.BlobStoring;
using Commerce.MultiTenancy;

namespace Commerce.Media;

/// <summary>
/// Opens a tenant's public media file for anyone (the storefront shows it to every visitor, and img tags send no
/// token). The tenant comes from the address: it must be active, and the file is found and read as that tenant, so
/// the query filter, row-level security and the blob store's tenant prefix all confine the read to it.
/// </summary>
public sealed class PublicMediaReader(ITenantStore tenants, ICurrentTenant currentTenant, IBlobStore blobs)
{
    /// <summary>The file <paramref name="find"/> names, found as the tenant; null when the tenant, the file or its blob is not there.</summary>
    public async Task<MediaContentDto?> OpenAsync(Guid tenantId, Func<CancellationToken, Task<MediaFile?>> find, CancellationToken ct)
    {
        if (await tenants.FindAsync(tenantId, ct) is not { IsActive: true })
            return null;
        using var scope = currentTenant.Change(tenantId);
        if (await find(ct) is not { } file || await blobs.OpenReadAsync(file.Blob, ct) is not { } content)
            return null;
        return new MediaContentDto { Content = content, ContentType = file.ContentType, ETag = file.ETag };
    }
}
