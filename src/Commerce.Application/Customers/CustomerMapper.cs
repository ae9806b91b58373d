namespace Commerce.Customers;

internal static class CustomerMapper
{
    public static CustomerDto ToDto(Customer customer) => new()
    {
        Id = customer.Id, Email = customer.Email, Name = customer.Name, Phone = customer.Phone,
    };

    public static CustomerAddressDto ToDto(CustomerAddress address) => new()
    {
        Id = address.Id, Name = address.Name, Line1 = address.Line1, Line2 = address.Line2, City = address.City, Region = address.Region,
        PostalCode = address.PostalCode, CountryCode = address.CountryCode, Phone = address.Phone, IsDefault = address.IsDefault,
    };

    public static CustomerAddressDetails ToDetails(SaveCustomerAddressDto dto) =>
        new(dto.Name, dto.Line1, dto.Line2, dto.City, dto.Region, dto.PostalCode, dto.CountryCode, dto.Phone);
}
