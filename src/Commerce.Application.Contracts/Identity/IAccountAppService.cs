namespace Commerce.Identity;

/// <summary>Self-service for anyone who is not signed in: forgotten passwords and accepted invitations.</summary>
public interface IAccountAppService
{
    /// <summary>Emails a reset link when the account exists; says nothing either way, so accounts cannot be probed.</summary>
    Task SendPasswordResetAsync(SendPasswordResetDto input, CancellationToken ct);

    /// <summary>Sets the password with an emailed link's token (once) and confirms the email.</summary>
    Task SetPasswordAsync(SetPasswordDto input, CancellationToken ct);
}
