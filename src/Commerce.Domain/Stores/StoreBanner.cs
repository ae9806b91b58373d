namespace Commerce.Stores;

/// <summary>A home-page banner: an image with a title, an optional line below it and a link.</summary>
public sealed class StoreBanner
{
    private StoreBanner()
    {
        ImageUrl = Title = string.Empty;
    }

    public StoreBanner(string imageUrl, string title, string? subtitle, string? linkUrl, int position)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(title.Trim().Length, StoreThemeConsts.BannerTitleMaxLength, nameof(title));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subtitle?.Trim().Length ?? 0, StoreThemeConsts.BannerSubtitleMaxLength, nameof(subtitle));
        ImageUrl = StoreUrl.Check(imageUrl, "imageUrl");
        Title = title.Trim();
        Subtitle = string.IsNullOrWhiteSpace(subtitle) ? null : subtitle.Trim();
        LinkUrl = linkUrl is null ? null : StoreUrl.Check(linkUrl, "linkUrl");
        Position = position;
    }

    public string ImageUrl { get; private set; }

    public string Title { get; private set; }

    public string? Subtitle { get; private set; }

    public string? LinkUrl { get; private set; }

    public int Position { get; private set; }
}
