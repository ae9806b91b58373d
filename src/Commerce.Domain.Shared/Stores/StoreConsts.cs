namespace Commerce.Stores;

public static class StoreConsts
{
    public const int NameMaxLength = 128;
    public const int SlugMinLength = 2;
    public const int SlugMaxLength = 63;

    /// <summary>A DNS label: the store's default domain is "{slug}." + the platform's domain.</summary>
    public const string SlugPattern = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

    public const int HostMaxLength = 253;

    /// <summary>A lower-case host name of two labels or more, without port or scheme.</summary>
    public const string HostPattern = @"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$";

    public const int MaxCustomDomains = 10;
    public const int LocaleMaxLength = 16;
    public const int CurrencyLength = 3;
    public const int TimeZoneMaxLength = 64;
    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 32;
    public const int UrlMaxLength = 2048;
    public const int PolicyTextMaxLength = 20_000;
}
