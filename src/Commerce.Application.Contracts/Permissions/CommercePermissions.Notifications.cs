namespace Commerce;

public static partial class CommercePermissions
{
    public static class Notifications
    {
        public const string Default = "Commerce.Notifications";

        public static class Templates
        {
            public const string Manage = Default + ".Templates.Manage";
        }
    }
}
