namespace Commerce;

public static partial class CommercePermissions
{
    public static class Policies
    {
        public const string Default = "Commerce.Policies";
        public const string Manage = Default + ".Manage";
    }
}
