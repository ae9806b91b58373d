using System.Collections.Frozen;
using System.Globalization;

namespace Commerce.Stores;

/// <summary>The ISO 4217 codes of the currencies in use, as the runtime's region data (ICU) lists them.</summary>
public static class CurrencyCodes
{
    private static readonly FrozenSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)?.ISOCurrencySymbol)
        .Where(code => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper))
        .Select(code => code!)
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string code) => Known.Contains(code);

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
