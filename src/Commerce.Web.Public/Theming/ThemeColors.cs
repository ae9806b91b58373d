using System.Globalization;

namespace Commerce.Web.Public.Theming;

/// <summary>WCAG 2 relative luminance and contrast, to keep a merchant's colors readable (at least 4.5:1).</summary>
public static class ThemeColors
{
    public const double MinimumContrast = 4.5;

    private const string Dark = "#000000";
    private const string Light = "#ffffff";

    /// <summary>White or black, whichever reads better on the color.</summary>
    public static string ReadableOn(string background) =>
        Contrast(Light, background) >= Contrast(Dark, background) ? Light : Dark;

    /// <summary>The color itself when it reads on the background, else the better of white and black.</summary>
    public static string EnsureReadable(string foreground, string background) =>
        Contrast(foreground, background) >= MinimumContrast ? foreground : ReadableOn(background);

    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string color)
    {
        var hex = color.TrimStart('#');
        if (hex.Length == 3)
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        double Channel(int i)
        {
            var value = int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }
}
