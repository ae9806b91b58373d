using Commerce.Users;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

/// <summary>The Identity settings every process that manages users shares (the host and the DbMigrator).</summary>
public static class CommerceIdentityOptions
{
    /// <summary>OWASP ASVS 5.0: PBKDF2-HMAC-SHA512 with at least 210,000 iterations; older hashes upgrade at sign-in.</summary>
    public const int PasswordHashIterations = 210_000;

    public static void Configure(IdentityOptions options)
    {
        // NIST SP 800-63B: length, not composition rules.
        options.Password.RequiredLength = IdentityUserConsts.PasswordMinLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedEmail = true;

        options.ClaimsIdentity.UserIdClaimType = CommerceClaimTypes.UserId;
        options.ClaimsIdentity.UserNameClaimType = CommerceClaimTypes.UserName;
        options.ClaimsIdentity.EmailClaimType = CommerceClaimTypes.Email;
        options.ClaimsIdentity.RoleClaimType = CommerceClaimTypes.Role;
    }

    public static void Configure(PasswordHasherOptions options) => options.IterationCount = PasswordHashIterations;
}
