using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

public sealed class AccountAppService(UserManager<CommerceUser> users, ITenantStore tenants, ICurrentTenant currentTenant, AccountEmails emails)
    : IAccountAppService
{
    public async Task SendPasswordResetAsync(SendPasswordResetDto input, CancellationToken ct)
    {
        if (await ResolveTenantAsync(input.Tenant, ct) is not { } tenant)
            return;
        using (currentTenant.Change(tenant.Id))
        {
            if (await users.FindByEmailAsync(input.Email) is { IsActive: true } user)
                await emails.SendPasswordResetAsync(user, ct);
        }
    }

    public async Task SetPasswordAsync(SetPasswordDto input, CancellationToken ct)
    {
        var tenant = await ResolveTenantAsync(input.Tenant, ct)
            ?? throw new BusinessException(CommerceErrorCodes.Identity.InvalidToken, BusinessErrorKind.Invalid);
        using (currentTenant.Change(tenant.Id))
        {
            var user = await users.FindByEmailAsync(input.Email)
                ?? throw new BusinessException(CommerceErrorCodes.Identity.InvalidToken, BusinessErrorKind.Invalid);
            IdentityResults.ThrowOnFailure(await users.ResetPasswordAsync(user, input.Token, input.Password));

            // The link reached the mailbox, so the address is the member's; an invitation ends here.
            user.EmailConfirmed = true;
            IdentityResults.ThrowOnFailure(await users.UpdateAsync(user));
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    /// <summary>The named tenant (a wrapper, so the host is "found" too), or null for an unknown or unavailable one.</summary>
    private async Task<ResolvedTenant?> ResolveTenantAsync(string? slug, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug))
            return new ResolvedTenant(null);
        return await tenants.FindAsync(slug.Trim(), ct) is { IsActive: true } tenant ? new ResolvedTenant(tenant.Id) : null;
    }

    private sealed record ResolvedTenant(Guid? Id);
}
