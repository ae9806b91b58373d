using Commerce.Customers;
using Commerce.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Customers;

internal sealed class CustomerRepository(CommerceDbContext db) : EfRepository<Customer>(db), ICustomerRepository
{
    public Task<Customer?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(c => c.NormalizedEmail == normalizedEmail, ct);
}
