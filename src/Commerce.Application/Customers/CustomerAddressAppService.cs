using Commerce.Domain.Repositories;

namespace Commerce.Customers;

/// <summary>The signed-in customer's own addresses: the customer comes from the sign-in, never from the input.</summary>
internal sealed class CustomerAddressAppService(
    ICurrentCustomer currentCustomer, ICustomerRepository customers, CustomerManager customerManager, IUnitOfWork unitOfWork)
    : ICustomerAddressAppService
{
    public async Task<IReadOnlyList<CustomerAddressDto>> GetListAsync(CancellationToken ct) =>
        [.. (await GetCustomerAsync(ct)).Addresses.OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id).Select(CustomerMapper.ToDto)];

    public async Task<CustomerAddressDto> CreateAsync(SaveCustomerAddressDto input, CancellationToken ct)
    {
        var customer = await GetCustomerAsync(ct);
        var address = customerManager.AddAddress(customer, CustomerMapper.ToDetails(input));
        await unitOfWork.SaveChangesAsync(ct);
        return CustomerMapper.ToDto(address);
    }

    public async Task<CustomerAddressDto> UpdateAsync(Guid id, SaveCustomerAddressDto input, CancellationToken ct)
    {
        var customer = await GetCustomerAsync(ct);
        customer.UpdateAddress(id, CustomerMapper.ToDetails(input));
        await unitOfWork.SaveChangesAsync(ct);
        return CustomerMapper.ToDto(customer.Addresses.Single(a => a.Id == id));
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var customer = await GetCustomerAsync(ct);
        customer.RemoveAddress(id);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task SetDefaultAsync(Guid id, CancellationToken ct)
    {
        var customer = await GetCustomerAsync(ct);
        customer.MakeDefaultAddress(id);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<Customer> GetCustomerAsync(CancellationToken ct)
    {
        var id = currentCustomer.Id ?? throw new BusinessException(CommerceErrorCodes.Unauthorized, BusinessErrorKind.Unauthenticated);
        return await customers.GetAsync(id, ct);
    }
}
