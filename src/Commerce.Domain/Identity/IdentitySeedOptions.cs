namespace Commerce.Identity;

public sealed class IdentitySeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>The demo logins' password, printed by run.sh; never used when Seed:AdminPassword is set.</summary>
    public const string DemoAdminPassword = "CommerceDemo-2026";

    public const string DemoOwnerEmail = "owner@demo.commerce.test";

    public const string DemoOwnerPassword = "DemoOwner-2026";

    public string AdminEmail { get; set; } = "admin@commerce.test";

    public string? AdminPassword { get; set; }
}
