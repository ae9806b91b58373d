using Commerce.Guids;

namespace Commerce.Customers;

/// <summary>Opens accounts, one per email in the tenant (the unique index on the normalized email is the guarantee).</summary>
public sealed class CustomerManager(ICustomerRepository customers, IGuidGenerator guids)
{
    public async Task<Customer> CreateAsync(string email, string name, Guid storeId, CancellationToken ct)
    {
        if (await customers.FindByNormalizedEmailAsync(Customer.Normalize(email), ct) is not null)
            throw new BusinessException(CommerceErrorCodes.Customers.DuplicateEmail).WithData("email", email.Trim());
        return new Customer(guids.Create(), email, name, storeId);
    }

    public CustomerAddress AddAddress(Customer customer, CustomerAddressDetails details) => customer.AddAddress(guids.Create(), details);
}
