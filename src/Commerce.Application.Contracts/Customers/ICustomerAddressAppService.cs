namespace Commerce.Customers;

/// <summary>The signed-in customer's own addresses; anyone else (no customer) is refused.</summary>
public interface ICustomerAddressAppService
{
    Task<IReadOnlyList<CustomerAddressDto>> GetListAsync(CancellationToken ct);

    Task<CustomerAddressDto> CreateAsync(SaveCustomerAddressDto input, CancellationToken ct);

    Task<CustomerAddressDto> UpdateAsync(Guid id, SaveCustomerAddressDto input, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);

    Task SetDefaultAsync(Guid id, CancellationToken ct);
}
