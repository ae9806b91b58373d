namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Permissions
    {
        public const string PermissionNotGranted = "Commerce:Permissions:PermissionNotGranted";
        public const string UnknownPermission = "Commerce:Permissions:UnknownPermission";
        public const string PermissionNotOnThisSide = "Commerce:Permissions:PermissionNotOnThisSide";
    }
}
