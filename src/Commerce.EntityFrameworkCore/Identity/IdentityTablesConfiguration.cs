using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Commerce.EntityFrameworkCore.Identity;

/// <summary>Identity's, OpenIddict's and Data Protection's other tables, in the identity schema.</summary>
internal static class IdentityTablesConfiguration
{
    public const string Schema = "identity";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles", Schema);
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims", Schema);
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins", Schema);
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens", Schema);
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims", Schema);

        // Passkeys are not offered yet; ignoring them keeps the model the same whatever schema version the host's
        // Identity options name, so the migrations and the running application agree.
        modelBuilder.Ignore<IdentityUserPasskey<Guid>>();
        modelBuilder.Ignore<IdentityPasskeyData>();

        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications", Schema);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations", Schema);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes", Schema);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens", Schema);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys", Schema);
    }
}
