using System.Globalization;

namespace Commerce.Notifications.Rendering;

/// <summary>
/// Keeps the store's colors readable in an email: text on a colored band is black or white, whichever contrasts
/// more (WCAG relative luminance), and body text that is too faint on its background falls back the same way.
/// </summary>
public static class EmailColors
{
    private const double MinimumTextContrast = 4.5;

    public static string TextOn(string background) =>
        Contrast(background, "#000000") >= Contrast(background, "#ffffff") ? "#111111" : "#ffffff";

    public static string ReadableText(string text, string background) =>
        Contrast(text, background) >= MinimumTextContrast ? text : TextOn(background);

    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string color)
    {
        // Store colors are "#rrggbb" (StoreThemeConsts.ColorPattern).
        var value = int.Parse(color.AsSpan(1, 6), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return 0.2126 * Channel(value >> 16) + 0.7152 * Channel(value >> 8) + 0.0722 * Channel(value);
    }

    private static double Channel(int value)
    {
        var c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
