namespace Commerce.Customers;

/// <summary>The storefront customer signed in on this request, if any (staff principals carry no customer).</summary>
public interface ICurrentCustomer
{
    Guid? Id { get; }

    string? Email { get; }
}
