namespace Commerce.Customers;

public sealed record CustomerDto
{
    public Guid Id { get; init; }

    public string Email { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? Phone { get; init; }
}
