namespace Commerce.Customers;

/// <summary>
/// A shopper's own account, for anyone on a store (the tenant is the store's): open one, check its credentials,
/// reset a forgotten password. One account serves all the tenant's stores.
/// </summary>
public interface ICustomerAccountAppService
{
    Task<CustomerDto> RegisterAsync(RegisterCustomerDto input, Guid storeId, CancellationToken ct);

    /// <summary>Counts a failure against the account and locks it after repeated ones; a locked account never succeeds.</summary>
    Task<CustomerSignInResultDto> CheckPasswordAsync(string email, string password, CancellationToken ct);

    /// <summary>Sends a reset link (through the outbox) when the email has an account; says nothing either way.</summary>
    Task RequestPasswordResetAsync(string email, Guid storeId, string storefrontOrigin, CancellationToken ct);

    Task ResetPasswordAsync(ResetCustomerPasswordDto input, CancellationToken ct);

    /// <summary>
    /// What a signed-in session must carry to stay valid (the account's security stamp): it changes when the password
    /// is reset, so every session signed in before ends. Null when the account no longer exists.
    /// </summary>
    Task<string?> FindSessionStampAsync(Guid customerId, CancellationToken ct);
}
