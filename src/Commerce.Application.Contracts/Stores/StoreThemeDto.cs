using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores;

public sealed record StoreThemeDto
{
    [Required]
    [RegularExpression(StoreThemeConsts.ColorPattern)]
    public string PrimaryColor { get; init; } = string.Empty;

    [Required]
    [RegularExpression(StoreThemeConsts.ColorPattern)]
    public string AccentColor { get; init; } = string.Empty;

    [Required]
    [RegularExpression(StoreThemeConsts.ColorPattern)]
    public string BackgroundColor { get; init; } = string.Empty;

    [Required]
    [RegularExpression(StoreThemeConsts.ColorPattern)]
    public string TextColor { get; init; } = string.Empty;

    [StringLength(StoreThemeConsts.FontMaxLength)]
    public string? FontFamily { get; init; }

    [MaxLength(StoreThemeConsts.MaxBanners)]
    public IReadOnlyList<StoreBannerDto> Banners { get; init; } = [];
}
