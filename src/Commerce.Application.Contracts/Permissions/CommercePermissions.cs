namespace Commerce;

/// <summary>
/// The permission names; each module adds its own in a partial file. Their side, display name and required
/// feature are in Commerce.Permissions.CommercePermissionDefinitions.
/// </summary>
public static partial class CommercePermissions;
