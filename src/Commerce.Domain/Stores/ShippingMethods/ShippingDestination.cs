using System.Text.RegularExpressions;

namespace Commerce.Stores.ShippingMethods;

/// <summary>A country a method ships to (ISO 3166-1 alpha-2), limited to some regions (ISO 3166-2 subdivision codes) or not.</summary>
public sealed partial class ShippingDestination
{
    private ShippingDestination()
    {
        CountryCode = string.Empty;
        RegionCodes = [];
    }

    public ShippingDestination(string countryCode, IEnumerable<string>? regionCodes)
    {
        var country = countryCode?.Trim().ToUpperInvariant() ?? string.Empty;
        var regions = (regionCodes ?? []).Select(r => r.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (!CountryRegex().IsMatch(country) || regions.Count > ShippingMethodConsts.MaxRegionsPerCountry
            || regions.Exists(r => r.Length is 0 or > ShippingMethodConsts.RegionCodeMaxLength))
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidDestination, BusinessErrorKind.Invalid).WithData("countryCode", countryCode);
        CountryCode = country;
        RegionCodes = regions;
    }

    public string CountryCode { get; private set; }

    /// <summary>Empty: the whole country.</summary>
    public List<string> RegionCodes { get; private set; }

    public bool Covers(string countryCode, string? regionCode) =>
        string.Equals(CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)
        && (RegionCodes.Count == 0 || regionCode is not null && RegionCodes.Contains(regionCode.ToUpperInvariant(), StringComparer.Ordinal));

    [GeneratedRegex(StoreAddressConsts.CountryCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CountryRegex();
}
