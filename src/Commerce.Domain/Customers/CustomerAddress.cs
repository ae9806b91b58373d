using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Customers;

/// <summary>A saved address of a customer: checkout offers it, one may be the default.</summary>
public sealed class CustomerAddress : Entity, IMultiTenant
{
    private CustomerAddress()
    {
        Name = Line1 = City = PostalCode = CountryCode = string.Empty;
    }

    internal CustomerAddress(Guid id, Guid customerId, CustomerAddressDetails details)
        : base(id)
    {
        CustomerId = customerId;
        Name = Line1 = City = PostalCode = CountryCode = string.Empty;
        Apply(details);
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Name { get; private set; }

    public string Line1 { get; private set; }

    public string? Line2 { get; private set; }

    public string City { get; private set; }

    public string? Region { get; private set; }

    public string PostalCode { get; private set; }

    public string CountryCode { get; private set; }

    public string? Phone { get; private set; }

    public bool IsDefault { get; internal set; }

    internal void Apply(CustomerAddressDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = Required(details.Name, CustomerAddressConsts.NameMaxLength);
        Line1 = Required(details.Line1, CustomerAddressConsts.LineMaxLength);
        Line2 = Optional(details.Line2, CustomerAddressConsts.LineMaxLength);
        City = Required(details.City, CustomerAddressConsts.CityMaxLength);
        Region = Optional(details.Region, CustomerAddressConsts.RegionMaxLength);
        PostalCode = Required(details.PostalCode, CustomerAddressConsts.PostalCodeMaxLength);
        var country = details.CountryCode.Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
            throw new ArgumentException("The country is not an ISO 3166-1 alpha-2 code.", nameof(details));
        CountryCode = country;
        Phone = Optional(details.Phone, CustomerConsts.PhoneMaxLength);
    }

    private static string Required(string value, int max)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Optional(value, max)!;
    }

    private static string? Optional(string? value, int max)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value?.Trim().Length ?? 0, max, nameof(value));
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
