using System.Globalization;

namespace Commerce.Stores;

/// <summary>Locale, currency and time zone, each checked against what the platform can format and convert.</summary>
public sealed record StoreRegionalSettings
{
    public StoreRegionalSettings(string locale, string currency, string timeZone)
    {
        Locale = CheckLocale(locale);
        Currency = CheckCurrency(currency);
        TimeZone = CheckTimeZone(timeZone);
    }

    public string Locale { get; }

    public string Currency { get; }

    public string TimeZone { get; }

    private static string CheckLocale(string locale)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(locale.Trim(), predefinedOnly: true);
            if (!culture.IsNeutralCulture && culture.Name.Length > 0)
                return culture.Name;
        }
        catch (CultureNotFoundException)
        {
        }

        throw new BusinessException(CommerceErrorCodes.Stores.InvalidLocale, BusinessErrorKind.Invalid).WithData("locale", locale);
    }

    private static string CheckCurrency(string currency)
    {
        var code = currency.Trim().ToUpperInvariant();
        if (!CurrencyCodes.IsKnown(code))
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidCurrency, BusinessErrorKind.Invalid).WithData("currency", currency);
        return code;
    }

    private static string CheckTimeZone(string timeZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out var zone) || !zone.HasIanaId)
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidTimeZone, BusinessErrorKind.Invalid).WithData("timeZone", timeZone);
        return zone.Id;
    }
}
