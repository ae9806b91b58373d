using System.Collections.Frozen;
using System.Globalization;

namespace Commerce.Stores;

/// <summary>
/// The ISO 4217 codes of the currencies in use, as the runtime's region data (ICU) lists them, and the one rounding
/// rule for money: to the currency's minor units, midpoint away from zero.
/// </summary>
public static class CurrencyCodes
{
    private static readonly FrozenSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)?.ISOCurrencySymbol)
        .Where(code => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper))
        .Select(code => code!)
        .ToFrozenSet(StringComparer.Ordinal);

    // ISO 4217 exponents that differ from two; ICU's NumberFormat digits follow locale habits (ISK, HUF) rather than the standard.
    private static readonly FrozenDictionary<string, int> MinorUnitExceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0, ["PYG"] = 0,
        ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>The digits after the decimal point of the currency's smallest unit (ISO 4217 exponent).</summary>
    public static int MinorUnits(string code) => MinorUnitExceptions.GetValueOrDefault(code, 2);

    /// <summary>Rounds an amount to the currency's minor units, midpoint away from zero.</summary>
    public static decimal Round(decimal amount, string currency) =>
        decimal.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero);

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
