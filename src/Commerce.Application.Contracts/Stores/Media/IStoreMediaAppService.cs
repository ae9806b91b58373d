namespace Commerce.Stores.Media;

/// <summary>Pictures for a store's logo and banners, uploaded from the backoffice.</summary>
public interface IStoreMediaAppService
{
    /// <summary>
    /// Checks the file as product images are checked, stores it and a WebP for the storefront, and returns the
    /// address to put in the store's logo or a banner; the store's settings are not changed.
    /// </summary>
    Task<StoreMediaDto> UploadAsync(Guid storeId, UploadStoreMediaDto input, CancellationToken ct);
}
