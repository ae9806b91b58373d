using System.Text.RegularExpressions;

namespace Commerce.Stores;

/// <summary>The store's postal address: shown on the storefront, used for local pickup and as the shipping origin.</summary>
public sealed partial class StoreAddress
{
    public static readonly StoreAddress Empty = new();

    private StoreAddress()
    {
    }

    public StoreAddress(string? line1, string? line2, string? city, string? region, string? postalCode, string? countryCode)
    {
        Line1 = Clean(line1, StoreAddressConsts.LineMaxLength);
        Line2 = Clean(line2, StoreAddressConsts.LineMaxLength);
        City = Clean(city, StoreAddressConsts.CityMaxLength);
        Region = Clean(region, StoreAddressConsts.RegionMaxLength);
        PostalCode = Clean(postalCode, StoreAddressConsts.PostalCodeMaxLength);
        CountryCode = Clean(countryCode, 2)?.ToUpperInvariant();
        if (CountryCode is not null && !CountryCodeRegex().IsMatch(CountryCode))
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidDestination, BusinessErrorKind.Invalid).WithData("countryCode", countryCode);
    }

    public string? Line1 { get; private set; }

    public string? Line2 { get; private set; }

    public string? City { get; private set; }

    public string? Region { get; private set; }

    public string? PostalCode { get; private set; }

    public string? CountryCode { get; private set; }

    private static string? Clean(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value.Trim().Length, maxLength, nameof(value));
        return value.Trim();
    }

    [GeneratedRegex(StoreAddressConsts.CountryCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CountryCodeRegex();
}
