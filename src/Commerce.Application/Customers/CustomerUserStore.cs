using Commerce.Domain.Repositories;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Customers;

/// <summary>
/// Identity's view of the Customers repository, so UserManager&lt;Customer&gt; gives hashing, lockout and
/// data-protection reset tokens. Only what those need is implemented; customers have no user name apart from the email.
/// </summary>
internal sealed class CustomerUserStore(ICustomerRepository customers, IUnitOfWork unitOfWork)
    : IUserPasswordStore<Customer>, IUserEmailStore<Customer>, IUserLockoutStore<Customer>, IUserSecurityStampStore<Customer>
{
    public async Task<IdentityResult> CreateAsync(Customer user, CancellationToken cancellationToken)
    {
        await customers.AddAsync(user, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(Customer user, CancellationToken cancellationToken)
    {
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(Customer user, CancellationToken cancellationToken)
    {
        customers.Remove(user);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<Customer?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? customers.FindAsync(id, cancellationToken) : Task.FromResult<Customer?>(null);

    public Task<Customer?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        customers.FindByNormalizedEmailAsync(normalizedUserName, cancellationToken);

    public Task<Customer?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        customers.FindByNormalizedEmailAsync(normalizedEmail, cancellationToken);

    public Task<string> GetUserIdAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task<string?> GetNormalizedUserNameAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    public Task<string?> GetEmailAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task<string?> GetNormalizedEmailAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    /// <summary>Customers confirm nothing before they shop; the reset link proves the address when it is used.</summary>
    public Task<bool> GetEmailConfirmedAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(true);

    // The email is the user name and is set by the aggregate; Identity's normalizer agrees with Customer.Normalize.
    public Task SetUserNameAsync(Customer user, string? userName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetNormalizedUserNameAsync(Customer user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetEmailAsync(Customer user, string? email, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetNormalizedEmailAsync(Customer user, string? normalizedEmail, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetEmailConfirmedAsync(Customer user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetPasswordHashAsync(Customer user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.SetPasswordHash(passwordHash);
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(Customer user, string stamp, CancellationToken cancellationToken)
    {
        user.SetSecurityStamp(stamp);
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(Customer user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.SetLockoutEnd(lockoutEnd);
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(Customer user, CancellationToken cancellationToken)
    {
        user.RecordFailedAccess();
        return Task.FromResult(user.AccessFailedCount);
    }

    public Task ResetAccessFailedCountAsync(Customer user, CancellationToken cancellationToken)
    {
        user.ResetAccessFailedCount();
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(Customer user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(Customer user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
