namespace Commerce.Stores;

public static class StoreAddressConsts
{
    public const int LineMaxLength = 256;
    public const int CityMaxLength = 128;
    public const int RegionMaxLength = 128;
    public const int PostalCodeMaxLength = 32;

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public const string CountryCodePattern = "^[A-Z]{2}$";
}
