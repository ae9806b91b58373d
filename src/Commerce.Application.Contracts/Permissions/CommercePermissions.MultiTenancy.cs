namespace Commerce;

public static partial class CommercePermissions
{
    public static class MultiTenancy
    {
        public static class Tenants
        {
            public const string Default = "Commerce.MultiTenancy.Tenants";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Suspend = Default + ".Suspend";
            public const string ManageFeatures = Default + ".ManageFeatures";
            public const string Delete = Default + ".Delete";
        }
    }
}
