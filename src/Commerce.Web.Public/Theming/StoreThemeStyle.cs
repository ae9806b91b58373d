using System.Globalization;
using System.Text;
using Commerce.Stores;

namespace Commerce.Web.Public.Theming;

/// <summary>
/// A store's theme as CSS custom properties, written inline by the layout. Colors are checked hex values and the
/// font comes from a fixed list of locally available families, so nothing a merchant typed reaches the CSS raw.
/// </summary>
public static class StoreThemeStyle
{
    private static readonly Dictionary<string, string> Fonts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Inter"] = "Inter, system-ui, sans-serif",
        ["Georgia"] = "Georgia, 'Times New Roman', serif",
        ["Helvetica"] = "Helvetica, Arial, sans-serif",
        ["Arial"] = "Arial, Helvetica, sans-serif",
        ["Verdana"] = "Verdana, Geneva, sans-serif",
        ["Times New Roman"] = "'Times New Roman', Times, serif",
        ["Courier New"] = "'Courier New', monospace",
    };

    public static string Variables(StoreThemeDto theme)
    {
        var text = ThemeColors.EnsureReadable(theme.TextColor, theme.BackgroundColor);
        var link = ThemeColors.EnsureReadable(theme.PrimaryColor, theme.BackgroundColor);
        var css = new StringBuilder(":root{");
        Append(css, "--bg", theme.BackgroundColor);
        Append(css, "--text", text);
        Append(css, "--primary", theme.PrimaryColor);
        Append(css, "--on-primary", ThemeColors.ReadableOn(theme.PrimaryColor));
        Append(css, "--accent", theme.AccentColor);
        Append(css, "--on-accent", ThemeColors.ReadableOn(theme.AccentColor));
        Append(css, "--link", link);
        Append(css, "--font", theme.FontFamily is { } font && Fonts.TryGetValue(font, out var stack) ? stack : "system-ui, sans-serif");
        return css.Append('}').ToString();
    }

    private static void Append(StringBuilder css, string name, string value) =>
        css.Append(CultureInfo.InvariantCulture, $"{name}:{value};");
}
