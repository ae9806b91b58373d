using Commerce.Domain.Repositories;

namespace Commerce.Customers;

public interface ICustomerRepository : IRepository<Customer>
{
    /// <summary>The tenant's customer with this normalized email, tracked, with addresses.</summary>
    Task<Customer?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken ct);
}
