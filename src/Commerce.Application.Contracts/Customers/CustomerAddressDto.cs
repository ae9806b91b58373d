namespace Commerce.Customers;

public sealed record CustomerAddressDto
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Line1 { get; init; } = string.Empty;

    public string? Line2 { get; init; }

    public string City { get; init; } = string.Empty;

    public string? Region { get; init; }

    public string PostalCode { get; init; } = string.Empty;

    public string CountryCode { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public bool IsDefault { get; init; }
}
