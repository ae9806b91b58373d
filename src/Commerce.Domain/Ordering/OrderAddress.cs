using System.Text.RegularExpressions;
using Commerce.Stores;

namespace Commerce.Ordering;

/// <summary>Where an order goes, checked at checkout: a name, a street, a city and an ISO 3166-1 alpha-2 country at least.</summary>
public sealed partial record OrderAddress
{
    private OrderAddress()
    {
        Name = Line1 = City = CountryCode = string.Empty;
    }

    public OrderAddress(string? name, string? line1, string? line2, string? city, string? region, string? postalCode, string? countryCode, string? phone)
    {
        Name = Required(name, OrderingConsts.NameMaxLength, "name");
        Line1 = Required(line1, StoreAddressConsts.LineMaxLength, "line1");
        Line2 = Optional(line2, StoreAddressConsts.LineMaxLength, "line2");
        City = Required(city, StoreAddressConsts.CityMaxLength, "city");
        Region = Optional(region, StoreAddressConsts.RegionMaxLength, "region")?.ToUpperInvariant();
        PostalCode = Optional(postalCode, StoreAddressConsts.PostalCodeMaxLength, "postalCode");
        CountryCode = Required(countryCode, 2, "countryCode").ToUpperInvariant();
        if (!CountryRegex().IsMatch(CountryCode))
            throw Invalid("countryCode");
        Phone = Optional(phone, OrderingConsts.PhoneMaxLength, "phone");
    }

    public string Name { get; private set; }

    public string Line1 { get; private set; }

    public string? Line2 { get; private set; }

    public string City { get; private set; }

    /// <summary>The ISO 3166-2 subdivision code without the country ("CA", "NY"), as shipping destinations name it.</summary>
    public string? Region { get; private set; }

    public string? PostalCode { get; private set; }

    public string CountryCode { get; private set; }

    public string? Phone { get; private set; }

    private static string Required(string? value, int maxLength, string field) =>
        Optional(value, maxLength, field) ?? throw Invalid(field);

    private static string? Optional(string? value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        return trimmed.Length > maxLength ? throw Invalid(field) : trimmed;
    }

    private static BusinessException Invalid(string field) =>
        new BusinessException(CommerceErrorCodes.Ordering.InvalidAddress, BusinessErrorKind.Invalid).WithData("field", field);

    [GeneratedRegex(StoreAddressConsts.CountryCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CountryRegex();
}
