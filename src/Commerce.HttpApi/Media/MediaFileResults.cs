using Commerce.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Commerce.HttpApi.Media;

/// <summary>How public media files (product images, store logos and banners) are sent.</summary>
internal static class MediaFileResults
{
    /// <summary>A year: the file under one id and size never changes, so browsers and CDNs may keep it that long.</summary>
    public const int CacheSeconds = 365 * 24 * 60 * 60;

    /// <summary>The file with its type and entity tag; a matching If-None-Match makes it a 304.</summary>
    public static FileStreamResult ToFileResult(this MediaContentDto file) =>
        new(file.Content, file.ContentType) { EntityTag = EntityTagHeaderValue.Parse(file.ETag) };
}
