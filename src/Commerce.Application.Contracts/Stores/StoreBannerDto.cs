using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores;

public sealed record StoreBannerDto
{
    [Required]
    [StringLength(StoreConsts.UrlMaxLength)]
    public string ImageUrl { get; init; } = string.Empty;

    [Required]
    [StringLength(StoreThemeConsts.BannerTitleMaxLength)]
    public string Title { get; init; } = string.Empty;

    [StringLength(StoreThemeConsts.BannerSubtitleMaxLength)]
    public string? Subtitle { get; init; }

    [StringLength(StoreConsts.UrlMaxLength)]
    public string? LinkUrl { get; init; }

    /// <summary>Display order, ascending.</summary>
    public int Position { get; init; }
}
