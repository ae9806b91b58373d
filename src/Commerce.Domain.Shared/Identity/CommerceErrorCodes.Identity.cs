namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Identity
    {
        public const string DuplicateEmail = "Commerce:Identity:DuplicateEmail";
        public const string DuplicateRoleName = "Commerce:Identity:DuplicateRoleName";
        public const string WeakPassword = "Commerce:Identity:WeakPassword";
        public const string InvalidToken = "Commerce:Identity:InvalidToken";
        public const string InvalidUser = "Commerce:Identity:InvalidUser";
        public const string StaffLimitReached = "Commerce:Identity:StaffLimitReached";
        public const string LastOwner = "Commerce:Identity:LastOwner";
        public const string UnknownRole = "Commerce:Identity:UnknownRole";
        public const string StaticRole = "Commerce:Identity:StaticRole";
        public const string RoleInUse = "Commerce:Identity:RoleInUse";
    }
}
