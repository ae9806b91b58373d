namespace Commerce.Stores;

public static class StoreThemeConsts
{
    /// <summary>#rrggbb.</summary>
    public const string ColorPattern = "^#[0-9a-fA-F]{6}$";
    public const int ColorLength = 7;
    public const int FontMaxLength = 64;
    public const int MaxBanners = 10;
    public const int BannerTitleMaxLength = 128;
    public const int BannerSubtitleMaxLength = 256;
}
