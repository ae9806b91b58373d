namespace Commerce.Permissions;

/// <summary>Where a permission can be granted and used.</summary>
[Flags]
public enum PermissionSide
{
    /// <summary>Center Control: host users, no tenant.</summary>
    Host = 1,

    /// <summary>A tenant's backoffice.</summary>
    Tenant = 2,

    Both = Host | Tenant,
}
