namespace Commerce.Identity;

/// <summary>The roles every platform and tenant starts with.</summary>
public static class CommerceRoleNames
{
    /// <summary>Platform administrators (host users).</summary>
    public const string Admin = "admin";

    /// <summary>A tenant's owners: everything the plan allows; the last owner cannot be removed.</summary>
    public const string Owner = "owner";

    /// <summary>A tenant's staff: daily operations.</summary>
    public const string Staff = "staff";
}
