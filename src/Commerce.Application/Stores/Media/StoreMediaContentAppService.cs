using Commerce.Media;

namespace Commerce.Stores.Media;

/// <summary>Public on purpose, so no permission is checked: logos and banners are part of the store's public pages and emails.</summary>
public sealed class StoreMediaContentAppService(PublicMediaReader reader) : IStoreMediaContentAppService
{
    public async Task<MediaContentDto> GetAsync(Guid tenantId, Guid mediaId, string fileName, CancellationToken ct)
    {
        MediaFile? file = StoreMedia.DisplayContentType(fileName) is { } contentType
            ? new(StoreMedia.DisplayBlob(mediaId, fileName), contentType, $"\"{mediaId:N}-{fileName}\"")
            : null;
        return (file is null ? null : await reader.OpenAsync(tenantId, _ => Task.FromResult<MediaFile?>(file), ct))
            ?? throw new EntityNotFoundException(typeof(StoreMedia), mediaId);
    }
}
