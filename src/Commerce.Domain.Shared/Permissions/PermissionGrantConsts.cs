namespace Commerce.Permissions;

public static class PermissionGrantConsts
{
    public const int NameMaxLength = 128;
    public const int ProviderKeyMaxLength = 64;

    /// <summary>A grant to a role, keyed by the role's name.</summary>
    public const string RoleProvider = "R";

    /// <summary>A grant to one user, keyed by the user's id.</summary>
    public const string UserProvider = "U";
}
