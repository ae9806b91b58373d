using System.Text.RegularExpressions;

namespace Commerce.Stores;

/// <summary>How the storefront looks: colors become CSS variables, banners the home page's hero.</summary>
public sealed partial class StoreTheme
{
    public static readonly StoreTheme Default = new("#1f2937", "#2563eb", "#ffffff", "#111827", null, []);

    private readonly List<StoreBanner> banners = [];

    private StoreTheme()
    {
        PrimaryColor = AccentColor = BackgroundColor = TextColor = string.Empty;
    }

    public StoreTheme(string primaryColor, string accentColor, string backgroundColor, string textColor, string? fontFamily, IEnumerable<StoreBanner> banners)
    {
        ArgumentNullException.ThrowIfNull(banners);
        PrimaryColor = CheckColor(primaryColor, nameof(primaryColor));
        AccentColor = CheckColor(accentColor, nameof(accentColor));
        BackgroundColor = CheckColor(backgroundColor, nameof(backgroundColor));
        TextColor = CheckColor(textColor, nameof(textColor));
        FontFamily = string.IsNullOrWhiteSpace(fontFamily) ? null : fontFamily.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FontFamily?.Length ?? 0, StoreThemeConsts.FontMaxLength, nameof(fontFamily));
        this.banners.AddRange(banners.OrderBy(b => b.Position));
        if (this.banners.Count > StoreThemeConsts.MaxBanners)
            throw new BusinessException(CommerceErrorCodes.Stores.TooManyBanners, BusinessErrorKind.Invalid).WithData("max", StoreThemeConsts.MaxBanners);
    }

    public string PrimaryColor { get; private set; }

    public string AccentColor { get; private set; }

    public string BackgroundColor { get; private set; }

    public string TextColor { get; private set; }

    /// <summary>A CSS font family name from the storefront's font list, or the default.</summary>
    public string? FontFamily { get; private set; }

    /// <summary>The home page's banners in their display order.</summary>
    public IReadOnlyList<StoreBanner> Banners => banners;

    private static string CheckColor(string color, string field)
    {
        if (color is null || !ColorRegex().IsMatch(color.Trim()))
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidColor, BusinessErrorKind.Invalid).WithData(field, color);
        return color.Trim().ToLowerInvariant();
    }

    [GeneratedRegex(StoreThemeConsts.ColorPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ColorRegex();
}
