namespace Commerce.Stores.Media;

/// <summary>Pictures for a store's logo and banners, uploaded from the backoffice.</summary>
public interface IStoreMediaAppService
{
    /// <summary>
    /// Checks the file as product images are checked, stores it and a picture made of it for the storefront and
    /// emails, and returns that picture's address to put in the store's logo or a banner; the store's settings are
    /// not changed.
    /// </summary>
    Task<StoreMediaDto> UploadAsync(Guid storeId, UploadStoreMediaDto input, CancellationToken ct);
}
