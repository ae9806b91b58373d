using Commerce.Data;
using Commerce.Guids;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Commerce.Identity;

/// <summary>
/// The platform's administrator role and first administrator. The demo seed uses the documented demo password;
/// otherwise Seed:AdminPassword must be configured.
/// </summary>
public sealed class IdentityDataSeedContributor(
    UserManager<CommerceUser> users, RoleManager<CommerceRole> roles, IGuidGenerator guids, IOptions<IdentitySeedOptions> options)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null)
            return;
        var admin = await EnsureRoleAsync(roles, guids, CommerceRoleNames.Admin);
        var settings = options.Value;
        if (await users.FindByEmailAsync(settings.AdminEmail) is not null)
            return;
        var password = settings.AdminPassword
            ?? (context.IncludeDemoData ? IdentitySeedOptions.DemoAdminPassword : throw new InvalidOperationException("Configure Seed:AdminPassword for the first platform administrator."));
        await CreateUserAsync(users, new CommerceUser(guids.Create(), settings.AdminEmail, settings.AdminEmail) { Name = "Platform administrator" }, password, admin.Name!);
    }

    public static async Task<CommerceRole> EnsureRoleAsync(RoleManager<CommerceRole> roles, IGuidGenerator guids, string name)
    {
        if (await roles.FindByNameAsync(name) is { } existing)
            return existing;
        var role = new CommerceRole(guids.Create(), name) { IsStatic = true };
        IdentityResults.ThrowOnFailure(await roles.CreateAsync(role));
        return role;
    }

    public static async Task CreateUserAsync(UserManager<CommerceUser> users, CommerceUser user, string password, string role)
    {
        user.EmailConfirmed = true;
        IdentityResults.ThrowOnFailure(await users.CreateAsync(user, password));
        IdentityResults.ThrowOnFailure(await users.AddToRoleAsync(user, role));
    }
}
