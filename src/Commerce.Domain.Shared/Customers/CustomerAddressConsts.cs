namespace Commerce.Customers;

public static class CustomerAddressConsts
{
    public const int NameMaxLength = 128;

    public const int LineMaxLength = 256;

    public const int CityMaxLength = 128;

    public const int RegionMaxLength = 128;

    public const int PostalCodeMaxLength = 32;

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public const string CountryCodePattern = "^[A-Za-z]{2}$";
}
