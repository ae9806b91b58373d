using System.Collections.Frozen;
using System.Globalization;

namespace Commerce.Notifications.Rendering;

/// <summary>
/// Amounts in the store's currency, written the way the store's locale writes money: "$1,234.50" in en-US,
/// "1.234,50 €" in de-DE, "¥1,235" for yen (its own minor units, whatever the locale).
/// </summary>
public sealed class MoneyFormatter
{
    private static readonly FrozenDictionary<string, CultureInfo> CultureOfCurrency = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => (Culture: c, Region: TryRegion(c)))
        .Where(x => x.Region is not null)
        .GroupBy(x => x.Region!.ISOCurrencySymbol, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Culture, StringComparer.Ordinal);

    private readonly NumberFormatInfo format;

    public MoneyFormatter(CultureInfo culture, string currency)
    {
        ArgumentNullException.ThrowIfNull(culture);
        format = (NumberFormatInfo)culture.NumberFormat.Clone();
        if (TryRegion(culture)?.ISOCurrencySymbol == currency)
            return;
        if (CultureOfCurrency.TryGetValue(currency, out var home))
        {
            format.CurrencySymbol = new RegionInfo(home.Name).CurrencySymbol;
            format.CurrencyDecimalDigits = home.NumberFormat.CurrencyDecimalDigits;
        }
        else
        {
            format.CurrencySymbol = currency;
        }
    }

    public string Format(decimal amount) => amount.ToString("C", format);

    private static RegionInfo? TryRegion(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
