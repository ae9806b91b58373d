using System.Collections.Concurrent;
using System.Globalization;
using Commerce.Stores.Storefront;

namespace Commerce.Web.Public.Theming;

/// <summary>Prices in the store's currency, written the way the store's locale writes money.</summary>
public static class StorefrontFormat
{
    private static readonly ConcurrentDictionary<(string Locale, string Currency), NumberFormatInfo> Formats = new();

    public static string Price(decimal amount, StorefrontStoreDto store) =>
        amount.ToString("C", Formats.GetOrAdd((store.DefaultLocale, store.Currency), key => Create(key.Locale, key.Currency)));

    /// <summary>The locale's currency pattern with the store's currency: its symbol where a region of the locale's language uses it.</summary>
    private static NumberFormatInfo Create(string locale, string currency)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        var region = new RegionInfo(culture.Name);
        if (region.ISOCurrencySymbol == currency)
            return NumberFormatInfo.ReadOnly(format);
        var symbol = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Where(c => c.TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName || c.TwoLetterISOLanguageName == "en")
            .Select(c => new RegionInfo(c.Name))
            .FirstOrDefault(r => r.ISOCurrencySymbol == currency)?.CurrencySymbol;
        format.CurrencySymbol = symbol ?? currency;
        format.CurrencyDecimalDigits = currency is "JPY" or "KRW" or "VND" or "CLP" or "ISK" ? 0 : 2;
        return NumberFormatInfo.ReadOnly(format);
    }
}
