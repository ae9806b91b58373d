namespace Commerce;

public static partial class CommercePermissions
{
    public static class Identity
    {
        public static class Users
        {
            public const string Default = "Commerce.Identity.Users";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Delete = Default + ".Delete";
        }

        public static class Roles
        {
            public const string Default = "Commerce.Identity.Roles";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Delete = Default + ".Delete";
        }
    }
}
