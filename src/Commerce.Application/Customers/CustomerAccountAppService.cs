using Commerce.Domain.Repositories;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Customers;

/// <summary>
/// Public on purpose, so no permission is checked: shoppers open and use their own accounts. The tenant is the
/// store's (resolved from the host); every read and write stays in it.
/// </summary>
internal sealed class CustomerAccountAppService(
    UserManager<Customer> users, CustomerManager customerManager, ICustomerRepository customers, IUnitOfWork unitOfWork,
    IAsyncQueryExecutor executor)
    : ICustomerAccountAppService
{
    public async Task<CustomerDto> RegisterAsync(RegisterCustomerDto input, Guid storeId, CancellationToken ct)
    {
        var customer = await customerManager.CreateAsync(input.Email, input.Name, storeId, ct);
        var result = await users.CreateAsync(customer, input.Password);
        if (!result.Succeeded)
            throw result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))
                ? new BusinessException(CommerceErrorCodes.Customers.DuplicateEmail).WithData("email", input.Email)
                : new BusinessException(CommerceErrorCodes.Customers.InvalidPassword, BusinessErrorKind.Invalid).WithData("minLength", CustomerConsts.PasswordMinLength);
        return CustomerMapper.ToDto(customer);
    }

    public async Task<CustomerSignInResultDto> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var customer = await customers.FindByNormalizedEmailAsync(Customer.Normalize(email), ct);
        if (customer is null)
            return new CustomerSignInResultDto();
        if (await users.IsLockedOutAsync(customer))
            return new CustomerSignInResultDto { IsLockedOut = true };
        if (!await users.CheckPasswordAsync(customer, password))
        {
            await users.AccessFailedAsync(customer);
            return new CustomerSignInResultDto { IsLockedOut = await users.IsLockedOutAsync(customer) };
        }

        if (customer.AccessFailedCount > 0)
            await users.ResetAccessFailedCountAsync(customer);
        return new CustomerSignInResultDto { Customer = CustomerMapper.ToDto(customer) };
    }

    public async Task RequestPasswordResetAsync(string email, Guid storeId, string storefrontOrigin, CancellationToken ct)
    {
        var customer = await customers.FindByNormalizedEmailAsync(Customer.Normalize(email), ct);
        if (customer is null)
            return;
        customer.RequestPasswordReset(storeId, storefrontOrigin);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task ResetPasswordAsync(ResetCustomerPasswordDto input, CancellationToken ct)
    {
        var customer = await customers.FindAsync(input.CustomerId, ct);
        var result = customer is null ? null : await users.ResetPasswordAsync(customer, input.Token, input.NewPassword);
        if (result is not { Succeeded: true })
            throw new BusinessException(CommerceErrorCodes.Customers.InvalidResetToken, BusinessErrorKind.Invalid);
        await users.ResetAccessFailedCountAsync(customer!);
        await users.SetLockoutEndDateAsync(customer!, null);
    }

    public Task<string?> FindSessionStampAsync(Guid customerId, CancellationToken ct) =>
        executor.FirstOrDefaultAsync(customers.Query().Where(c => c.Id == customerId).Select(c => (string?)c.SecurityStamp), ct);
}
