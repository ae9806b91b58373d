using System.Globalization;
using Commerce.Media;

namespace Commerce.Stores.Media;

/// <summary>Public on purpose, so no permission is checked: logos and banners are part of the store's public pages.</summary>
public sealed class StoreMediaContentAppService(PublicMediaReader reader) : IStoreMediaContentAppService
{
    private static readonly string DisplaySize = StoreMediaConsts.DisplaySize.ToString(CultureInfo.InvariantCulture);

    public async Task<MediaContentDto> GetAsync(Guid tenantId, Guid mediaId, string size, CancellationToken ct)
    {
        MediaFile? file = size == DisplaySize
            ? new(StoreMedia.DisplayBlob(mediaId), ThumbnailRenderer.ContentType, $"\"{mediaId:N}-{size}\"")
            : null;
        return (file is null ? null : await reader.OpenAsync(tenantId, _ => Task.FromResult<MediaFile?>(file), ct))
            ?? throw new EntityNotFoundException(typeof(StoreMedia), mediaId);
    }
}
