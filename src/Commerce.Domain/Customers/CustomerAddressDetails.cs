namespace Commerce.Customers;

/// <summary>What a customer fills in for an address.</summary>
public sealed record CustomerAddressDetails(
    string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode, string? Phone);
